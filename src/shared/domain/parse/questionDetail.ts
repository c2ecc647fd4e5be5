/**
 * What under a question belongs to the question itself rather than to its answer: the code a
 * question points at ("What is the output of the following?" + a fence) and a quiz's options
 * (`a) …` … `d) …`) when nothing marks one of them as the key. Both stay visible to the user as
 * the question's `detail`; the reference answer is only what comes after them (or none).
 *
 *   **3. What does this print?**          prompt   What does this print?
 *   ```python                             detail   the fence and the options
 *   print(1 + 1)
 *   ```                                   answer   null (nothing after the options)
 *   a) 2
 *   b) 11
 */

import { FenceTracker } from './fenceTracker'
import type { ParsedItem } from '../types'
import { isAnswerKey, readAnswerKey, type KeyEntry } from './answerKey'
import { hasQuestionMark } from './interrogatives'
import { buildAnswer } from './buildAnswer'
import { afterLabel } from './quotedAnswer'
import { labelOf, labelledLine } from './labels'
import { answerMarker } from './lineShapes'
import { isPlaceholderAnswer } from './placeholderAnswer'
import { hasFillInBlank } from './quizStems'
import { expandInlineOptions, opensWithInlineOptions } from './inlineOptions'
import { optionLine } from './optionMarks'

// `a) x`, `A. x`, `(b) x`, `- c) x`: one lettered option (the letter is returned lower-cased).
// `- **A)** x` (bold letters) too.
export const LETTERED_OPTION = /^(?:[-*+][ \t]+)?(?:\*\*)?\(?([A-Ha-h])[.)](?:\*\*)?[ \t]+\S/
// `- [ ] x`: an unmarked checkbox option (a marked one, `[x]`, is the key: not handled here).
const OPEN_CHECKBOX = /^[-*+][ \t]+\[ \][ \t]+\S/
const MARKED_CHECKBOX = /^[-*+][ \t]+\[[xX✓✔]\]/
const FENCE = /^(`{3,}|~{3,})/

// Words by which a question points at material below it ("the following code", "this
// snippet", `下面代码`, `다음 코드`, `poniższy kod`…), in the languages the parser reads.
// "Suppose the following input is supplied" points at inline sample data, not at code below.
const POINTS_FORWARD =
  /\b(?:following(?! (?:inputs?|outputs?)\b)|below|this (?:code|snippet|program|script|function|query|example)|these (?:lines|statements)|given (?:code|snippet|program)|output of this)\b|下面|以下|如下|下列|다음|次の|następując|poniższ|folgend|suivant|siguiente|seguinte|следующ|seguent|(?:code|đoạn mã|câu lệnh) sau(?![a-z])/i

/** The three parts of a question once its own material is taken out of the answer. */
export interface QuestionParts {
  prompt: string
  detail: string | null
  answer: string | null
}

interface Block {
  /** `ticked`: checkbox choices, some ticked (the ticked ones are the answer). */
  kind: 'code' | 'options' | 'ticked' | 'text'
  /** 0-based index of its first line in the answer. */
  start: number
  lines: string[]
}

/** Splits Markdown into fenced code, option runs and other text, blank lines dropped between. */
function blocksOf(markdown: string): Block[] {
  const lines = markdown.split('\n')
  const blocks: Block[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    const text = line.trim()
    if (text === '') {
      i++
      continue
    }
    const fence = FENCE.exec(text)?.[1]
    if (fence) {
      const start = i
      const code = [line]
      for (i++; i < lines.length; i++) {
        code.push(lines[i]!)
        const close = lines[i]!.trim()
        if (close.startsWith(fence[0]!.repeat(fence.length)) && close.replace(/[`~]/g, '') === '')
          break
      }
      i++
      blocks.push({ kind: 'code', start, lines: code })
      continue
    }
    const ticks = tickedRun(lines, i)
    if (ticks > i) {
      blocks.push({ kind: 'ticked', start: i, lines: lines.slice(i, ticks) })
      i = ticks
      continue
    }
    const run = optionRun(lines, i)
    if (run > i) {
      blocks.push({ kind: 'options', start: i, lines: lines.slice(i, run) })
      i = run
      continue
    }
    const prev = blocks[blocks.length - 1]
    if (prev && prev.kind === 'text' && lines[i - 1]?.trim() !== '') prev.lines.push(line)
    else blocks.push({ kind: 'text', start: i, lines: [line] })
    i++
  }
  return blocks
}

/**
 * End (exclusive) of a run of at least two options from line `i`: `a)`, `b)`, … in order, or
 * unmarked checkboxes; `i` when there is none. A marked checkbox ends the run unfound: the
 * option list then carries its own key, and stays the answer.
 */
const A = 'a'.charCodeAt(0)

// `b`, `(c)`, `D.`: a key line that is nothing but the letter.
const BARE_LETTER = /^\(?[A-Ha-h][.)]?$/

// A bare letter that ends the run (no choice after it): the key, not a wrapped choice's text.
function isKeyLetter(lines: readonly string[], j: number): boolean {
  if (!BARE_LETTER.test(lines[j]!.trim())) return false
  let k = j + 1
  while (k < lines.length && lines[k]!.trim() === '') k++
  return k === lines.length || !LETTERED_OPTION.test(lines[k]!.trim())
}

function optionRun(lines: readonly string[], i: number): number {
  let used = 0
  let boxes = 0
  let letters = 0
  // Past the last line of the run (blank lines inside it are not counted at its end).
  let end = i
  for (let j = i; j < lines.length; j++) {
    const text = lines[j]!.trim()
    // Choices may stand a blank line apart (`A. UNION`, blank, `B. With(NOLOCK)`).
    if (text === '' && boxes + letters > 0) continue
    if (MARKED_CHECKBOX.test(text)) return i
    if (OPEN_CHECKBOX.test(text) && letters === 0) {
      boxes++
      end = j + 1
      continue
    }
    const m = LETTERED_OPTION.exec(text)
    const code = m ? m[1]!.toLowerCase().charCodeAt(0) : -1
    // The first option is `a`; the others may come in any order (`A, C, B, D`), each once.
    if (m && boxes === 0 && (letters === 0 ? code === A : !(used & (1 << (code - A))))) {
      used |= 1 << (code - A)
      letters++
      end = j + 1
      continue
    }
    // An indented line right under an option wraps it (`- **C)** Cheese*` / `   Balls`),
    // unless it is a bare letter: the key (`   b` under `- d) …`).
    const wraps = end === j && /^[ \t]/.test(lines[j]!) && !isKeyLetter(lines, j)
    if (boxes + letters > 0 && wraps) {
      end = j + 1
      continue
    }
    break
  }
  return boxes + letters >= 2 ? end : i
}

/**
 * End (exclusive) of a run of checkbox choices from line `i`, two or more with at least one
 * ticked (blank lines between them and indented lines wrapping one allowed); `i` when none.
 */
function tickedRun(lines: readonly string[], i: number): number {
  let boxes = 0
  let ticked = 0
  let end = i
  for (let j = i; j < lines.length; j++) {
    const text = lines[j]!.trim()
    if (text === '' && boxes > 0) continue
    const marked = MARKED_CHECKBOX.test(text)
    if (marked || OPEN_CHECKBOX.test(text)) {
      boxes++
      if (marked) ticked++
    } else if (!(boxes > 0 && end === j && /^[ \t]/.test(lines[j]!))) break
    end = j + 1
  }
  return boxes >= 2 && ticked > 0 ? end : i
}

/** The ticked choices' texts (with the lines wrapping them), checkbox marks removed. */
function tickedChoices(lines: readonly string[]): string[] {
  const ticked: string[] = []
  let taking = false
  for (const line of lines) {
    const text = line.trim()
    const mark = MARKED_CHECKBOX.exec(text)
    if (mark) ticked.push(text.slice(mark[0].length).trim())
    else if (taking && text !== '' && !OPEN_CHECKBOX.test(text))
      ticked[ticked.length - 1] += `\n${text}`
    taking = mark !== null || (taking && text !== '' && !OPEN_CHECKBOX.test(text))
  }
  return ticked.filter((t) => t !== '')
}

// The question's material as its blocks; the answer as written from where it starts.
function material(blocks: readonly Block[]): string {
  return blocks.map((b) => b.lines.join('\n')).join('\n\n')
}

function rest(answer: string, from: Block | undefined): string | null {
  if (!from) return null
  const text = answer.split('\n').slice(from.start).join('\n').trim()
  return text === '' ? null : text
}

// After an answer label: `B`, `(b)`, `b)`, `B.`, `A, C`, `A and C`: letters naming options.
const KEY_LETTERS = /^\(?([A-Ha-h])\)?(?:[ \t]*(?:,|、|&|and)[ \t]*\(?([A-Ha-h])\)?)*[ \t]*[.)]?$/
const LETTER = /\(?\b([A-Ha-h])\b\)?/g

/** The letters an answer key line (`**Answer:** B`, `Correct answer: A, C`) gives, else null. */
function letterKey(line: string): string[] | null {
  const first = line.replace(/\*\*|__/g, '').trim()
  const given = answerMarker(first) ?? labelledLine(first)?.rest ?? null
  if (given === null) return null
  const key = given.replace(/[*_`]/g, '').trim()
  if (!KEY_LETTERS.test(key)) return null
  return [...key.matchAll(LETTER)].map((m) => m[1]!.toLowerCase())
}

// The last sentence of a prompt: "Suppose the following input… Then, the output should be: 8"
// points at its input, not at the code below it.
function lastSentence(prompt: string): string {
  const parts = prompt.trim().split(/(?<=[.!?。？！])\s+/)
  return parts[parts.length - 1] ?? ''
}

/** Does the prompt point at material below it (ends in a colon, "the following code"…)? */
function pointsForward(prompt: string): boolean {
  return /[:：]$/.test(prompt.trim()) || POINTS_FORWARD.test(lastSentence(prompt))
}

/** A prompt ending in a colon that asks (`?:`) or names what follows ("this code:"). */
export function asksAboutCodeBelow(prompt: string): boolean {
  const text = prompt.trim()
  if (!/[:：]$/.test(text)) return false
  return hasQuestionMark(text) || POINTS_FORWARD.test(lastSentence(text))
}

/** The option lines an answer key (`**Answer:** B`) names by letter, else null. */
function keyedOptions(options: readonly string[], after: string): string[] | null {
  const letters = letterKey(after.split('\n')[0] ?? '')
  if (letters === null) return null
  const chosen = options.filter((line) => {
    const m = LETTERED_OPTION.exec(line.trim())
    return m !== null && letters.includes(m[1]!.toLowerCase())
  })
  return chosen.length > 0 ? chosen.map((l) => l.trim()) : null
}

/** Does this answer open with (optional code, then) a run of unmarked options? */
export function opensWithOptions(answer: string | null): boolean {
  if (answer === null) return false
  const blocks = blocksOf(answer)
  return (
    optionsAt(
      blocks,
      blocks.findIndex((b) => b.kind !== 'code')
    ) >= 0
  )
}

// Lines of a stem's own text that may sit between its code and its choices
// (`________ TABLE Organ ________ BRNO varchar(10);`).
const MAX_STEM_TEXT_LINES = 3

/**
 * Index of the choices block that opens the answer from block `k` on: `k` itself, or the next
 * block after a short text of the stem's (a statement with blanks). -1 when there is none.
 */
function optionsAt(blocks: readonly Block[], k: number): number {
  const block = blocks[k]
  if (!block) return -1
  if (block.kind === 'options') return k
  if (block.kind !== 'text' || block.lines.length > MAX_STEM_TEXT_LINES) return -1
  // A choice of its own (a ticked checkbox) makes the block choices, not stem text.
  if (block.lines.some((line) => optionLine(line.trim()) !== null)) return -1
  return blocks[k + 1]?.kind === 'options' ? k + 1 : -1
}

/**
 * Takes the question's own material out of its answer.
 * @param quiz true when the document is a quiz (its questions keep coming with options), so an
 *   option run under a question is its choices, not an enumerated answer.
 */
export function splitQuestionDetail(
  prompt: string,
  answer: string | null,
  quiz: boolean
): QuestionParts {
  const parts = splitOwnMaterial(prompt, answer, quiz)
  // Property lines (`**Difficulty:** Junior`) before an `Answer:` label are the question's too.
  const labelled = parts.answer === null ? null : splitAtAnswerLabel(parts.answer)
  if (!labelled) return parts
  const detail = [parts.detail, labelled.detail].filter((d) => d).join('\n\n')
  return { prompt: parts.prompt, detail, answer: labelled.answer }
}

// "Fill in the blanks:" over lines that each leave a `_____` blank: those lines are the parts
// of the question (a blank is never an answer), one prompt with it.
function blankLinesPrompt(
  prompt: string,
  blocks: readonly Block[]
): { prompt: string; after: Block | undefined } | null {
  let k = 0
  const parts: string[] = [prompt.trim()]
  while (
    k < blocks.length &&
    blocks[k]!.kind === 'text' &&
    blocks[k]!.lines.every(hasFillInBlank)
  ) {
    for (const line of blocks[k]!.lines) parts.push(line.replace(/\s+/g, ' ').trim())
    k++
  }
  return k === 0 ? null : { prompt: parts.join(' '), after: blocks[k] }
}

function isEmptyCell(block: Block): boolean {
  return isPlaceholderAnswer(block.lines.join('\n'))
}

function splitOwnMaterial(prompt: string, answer: string | null, quiz: boolean): QuestionParts {
  if (answer === null) return { prompt, detail: null, answer }
  const blocks = blocksOf(answer)
  let k = 0
  // An empty code cell (`# YOUR CODE HERE`) is where the answer goes, not the question's code.
  while (k < blocks.length && blocks[k]!.kind === 'code' && !isEmptyCell(blocks[k]!)) k++
  const forward = pointsForward(prompt)
  let ownPrompt = prompt
  // A statement that ends in a colon, code, then the sentence that asks: the sentence is the
  // rest of the prompt ("… 10 million rows:" + code + "Which change would help?").
  if (k > 0 && /[:：]$/.test(prompt.trim())) {
    const next = blocks[k]
    const sentence = next?.kind === 'text' && next.lines.length === 1 ? next.lines[0]!.trim() : ''
    // "… on left:" + more code: the sentence introduces that code too, which is material.
    const introduces = /[:：]$/.test(sentence) && blocks[k + 1]?.kind === 'code'
    if (sentence.length <= 200 && (/[?？]$/.test(sentence) || introduces)) {
      ownPrompt = `${prompt.trim()} ${sentence}`
      blocks.splice(k, 1)
      while (
        introduces &&
        k < blocks.length &&
        blocks[k]!.kind === 'code' &&
        !isEmptyCell(blocks[k]!)
      )
        k++
    }
  }
  // "What does this print?:" / "Identify the blocks in this code:" + code and nothing after:
  // the colon introduces the code asked about; no answer is written. ("Write a function…:"
  // + code is a task and its solution.)
  if (k > 0 && k === blocks.length && asksAboutCodeBelow(prompt))
    return { prompt, detail: material(blocks), answer: null }
  if (k === 0 && /[:：]$/.test(prompt.trim())) {
    const blanks = blankLinesPrompt(prompt, blocks)
    if (blanks) return { prompt: blanks.prompt, detail: null, answer: rest(answer, blanks.after) }
  }
  const at = quiz ? optionsAt(blocks, k) : -1
  if (at > k) k = at
  const options = blocks[k]
  // `- [ ] POST` / `- [x] PUT`: the choices are the question's, the ticked ones its answer.
  const ticked = options?.kind === 'ticked' ? tickedChoices(options.lines) : []
  if (ticked.length > 0) {
    const after = rest(answer, blocks[k + 1])
    const chosen = ticked.join('\n')
    return {
      prompt: ownPrompt,
      detail: material(blocks.slice(0, k + 1)),
      answer: after === null ? chosen : `${chosen}\n\n${after}`
    }
  }
  if (quiz && options?.kind === 'options') {
    const detail = material(blocks.slice(0, k + 1))
    const after = rest(answer, blocks[k + 1])
    if (after === null) return { prompt: ownPrompt, detail, answer: null }
    // `Answer: B` names an option by its letter: the answer shows that option's text too.
    // A bare letter says no more than the option it names.
    if (BARE_LETTER.test(after)) {
      const named = keyedOptions(options.lines, `Answer: ${after}`)
      if (named !== null) return { prompt: ownPrompt, detail, answer: named.join('\n') }
    }
    const chosen = keyedOptions(options.lines, after)
    if (chosen !== null)
      return { prompt: ownPrompt, detail, answer: `${chosen.join('\n')}\n\n${after}` }
    // A key given in words (or an explanation alone) needs no option list beside it.
    return { prompt: ownPrompt, detail, answer: after }
  }
  // Code the question points at is its material, when an answer follows it (or when the
  // question's last sentence came after the code). A key naming letters (`正确答案：A、B`)
  // refers to choices inside that code: then the code stays with the key.
  const keyed = k < blocks.length && letterKey(blocks[k]!.lines[0] ?? '') !== null
  if (k > 0 && !keyed && ((forward && k < blocks.length) || ownPrompt !== prompt)) {
    return {
      prompt: ownPrompt,
      detail: material(blocks.slice(0, k)),
      // Built again: what opens the answer after the code may be its label (`> **Answer:** …`).
      answer: buildAnswer((rest(answer, blocks[k]) ?? '').split('\n'))
    }
  }
  return { prompt, detail: null, answer }
}

// Labels that open an answer (`Explanation:` continues one, so it does not count here).
const OPENING_WORDS = new Set([
  'answer',
  'ans',
  'solution',
  'sol',
  '答案',
  '解答',
  'ответ',
  'решение'
])
// `**Difficulty:** Junior`, `Time: 5-15 min`, `Tests:`: a property line of the question.
const PROPERTY =
  /^(?:\*\*|__)?\p{L}[\p{L}\p{N} /&'-]{0,30}(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?(?:[ \t]|$)/u

function opensAnswer(text: string): string | null {
  const only = labelOf(text)
  if (only) return only.role === 'answer' && isOpening(only.word) ? '' : null
  const line = labelledLine(text)
  return line && line.role === 'answer' && isOpening(line.word) ? line.rest : null
}

function isOpening(word: string): boolean {
  return OPENING_WORDS.has(word) || /\banswer$/.test(word)
}

/**
 * `code`, `**Difficulty:** Junior`, then `**Answer:**` and the answer: what comes before an
 * answer label is the question's own material when it is only code and property lines.
 */
function splitAtAnswerLabel(answer: string): { detail: string; answer: string | null } | null {
  const lines = answer.split('\n')
  const fences = new FenceTracker()
  let seen = false
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim()
    const position = fences.step(text)
    if (position === 'inside') continue
    if (position === 'opens') {
      seen = true
      continue
    }
    if (text === '') continue
    // `> **Answer:** …`: an answer set off as a quote is labelled inside it.
    const rest = opensAnswer(text.replace(/^>[ \t]?/, ''))
    if (rest !== null) {
      if (!seen) return null
      const after = buildAnswer([afterLabel(rest), ...lines.slice(i + 1)], { inlineFirst: true })
      return { detail: lines.slice(0, i).join('\n').trim(), answer: after }
    }
    if (!PROPERTY.test(text)) return null
    seen = true
  }
  return null
}

// The options a key names, with its note: the reference answer of a keyed quiz question.
function answerFromKey(detail: string, entry: KeyEntry): string | null {
  const chosen: string[] = []
  let taking = false
  for (const line of detail.split('\n')) {
    const m = LETTERED_OPTION.exec(line.trim())
    if (m) taking = entry.letters.includes(m[1]!.toLowerCase())
    // An indented line under the chosen option is the rest of its text.
    else if (!/^[ \t]+\S/.test(line)) taking = false
    if (taking) chosen.push(line.trim())
  }
  if (chosen.length === 0) return null
  const options = chosen.join('\n')
  return entry.note ? `${options}\n\n${entry.note}` : options
}

// A document is a quiz when options keep coming under its questions, not once by chance.
const QUIZ_MIN_QUESTIONS = 3

function withParts(
  item: ParsedItem,
  prompt: string,
  detail: string | null,
  answer: string | null
): ParsedItem {
  return detail === null ? { ...item, prompt, answer } : { ...item, prompt, answer, detail }
}

/**
 * Moves each question's own material (see `splitQuestionDetail`) from its answer into its
 * `detail`, deciding once per document whether option runs are a quiz's choices; a placeholder
 * answer (`n/a`, `TBD`) becomes none. New objects
 * for the items it changes; the others are returned as they are.
 */
export function separateQuestionDetails(
  given: readonly ParsedItem[],
  lines: readonly string[] = [],
  codeLines: readonly string[] = []
): ParsedItem[] {
  // `(a) x (b) y (c) z` on one line: one option per line, as everywhere else.
  const items = given.map((item) =>
    opensWithInlineOptions(item.answer)
      ? { ...item, answer: expandInlineOptions(item.answer!) }
      : item
  )
  let withOptions = 0
  let questions = 0
  for (const item of items) {
    if (item.kind !== 'question') continue
    questions++
    if (opensWithOptions(item.answer)) withOptions++
  }
  const quiz = withOptions >= QUIZ_MIN_QUESTIONS && withOptions * 3 >= questions
  const key = quiz ? readAnswerKey(lines, codeLines) : new Map<number, KeyEntry>()
  let asked = 0
  return items.map((item) => {
    if (item.kind === 'question') asked++
    if (item.answer !== null && isPlaceholderAnswer(item.answer)) return { ...item, answer: null }
    if (item.kind !== 'question' || item.answer === null) return item
    const withOptions = quiz && opensWithOptions(item.answer)
    const parts = splitQuestionDetail(item.prompt, item.answer, quiz)
    if (parts.detail === null && parts.prompt === item.prompt) return item
    // A key kept apart numbers the quiz's questions in order: the n-th question is n.
    const own = parts.answer !== null && isAnswerKey(parts.answer) ? null : parts.answer
    const keyed = withOptions && own === null ? key.get(asked) : undefined
    const answer = keyed && parts.detail !== null ? answerFromKey(parts.detail, keyed) : own
    // The code under the question is its detail; an empty cell after it is still no answer.
    if (answer !== null && isPlaceholderAnswer(answer))
      return withParts(item, parts.prompt, parts.detail, null)
    return withParts(item, parts.prompt, parts.detail, answer)
  })
}
