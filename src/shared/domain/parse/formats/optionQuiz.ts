/**
 * A quiz question written as a stem (paragraphs, code fences, a `Question 3:` label line) over
 * a run of choices whose right one is marked (`* (x) …`, `- [x] …`, `●`, `✅`) or named by an
 * answer-key line under lettered choices (`A. …` … `✅ Answer: B`). The stem is the prompt, the
 * marked choice (or the key) the answer; the choices are never items of their own. A heading
 * over such a question only names a section (or, when it asks, is the stem).
 */

import type { BlockFormat, BlockResult, ItemDraft } from '../blockFormat'
import { hasQuestionMark } from '../interrogatives'
import { cleanPrompt, cleanSection } from '../cleanText'
import { labelOf, labelledLine } from '../labels'
import { isSeparator, NUMBERING } from '../lineShapes'
import { answerKeyLetter, optionLine, type OptionLine } from '../optionMarks'
import type { Doc } from '../scanLines'

// How far a stem may run before its choices, and how many choices a question may have.
const STEM_LINES = 40
const MAX_OPTIONS = 12
// Lines between the last choice and its answer-key line.
const KEY_WINDOW = 4

interface Option extends OptionLine {
  /** Code fenced right under the choice (a choice that is a snippet). */
  code: string[]
}

// The last line of a fence that is a sentence asking, not code (`What does # do?` pasted in).
const PROSE_QUESTION = /^\p{Lu}[^=;{}]*\s\S+\s[^=;{}]*\?$/u

/** What a stem's search asks of each line, worked out once per line (stems overlap by 40). */
interface StemFacts {
  separator: boolean
  option: OptionLine | null
  keyed: boolean
  label: ReturnType<typeof labelOf>
  hint: boolean
}

const stemFacts = new WeakMap<Doc, Array<StemFacts | undefined>>()

function factsOf(doc: Doc, j: number): StemFacts {
  let all = stemFacts.get(doc)
  if (!all) stemFacts.set(doc, (all = []))
  let facts = all[j]
  if (!facts) {
    const text = doc.lines[j]!.text
    const label = labelOf(text)
    facts = {
      separator: isSeparator(text),
      option: optionLine(text),
      keyed: answerKeyLetter(text) !== null,
      label,
      hint: label?.role === 'hint' || labelledLine(text)?.role === 'hint'
    }
    all[j] = facts
  }
  return facts
}

function fenceEnd(doc: Doc, open: number): number {
  let k = open + 1
  while (k < doc.lines.length && doc.lines[k]!.fence !== 'close') k++
  return k
}

function readOptions(doc: Doc, from: number): { options: Option[]; next: number } {
  const lines = doc.lines
  const options: Option[] = []
  let j = from
  let next = from
  while (j < lines.length && options.length < MAX_OPTIONS) {
    const line = lines[j]!
    if (line.blank) {
      j++
      continue
    }
    if (line.fence === 'open' && options.length > 0) {
      const close = fenceEnd(doc, j)
      const into = options[options.length - 1]!.code
      for (let k = j; k <= close && k < lines.length; k++) into.push(lines[k]!.raw)
      j = next = close + 1
      continue
    }
    const option = line.code || line.heading ? null : optionLine(line.text)
    if (!option || (options.length > 0 && option.family !== options[0]!.family)) break
    options.push({ ...option, code: [] })
    j = next = j + 1
  }
  return { options, next }
}

function lettersRun(options: readonly Option[]): boolean {
  return options.every((o, k) => o.letter === String.fromCharCode(97 + k))
}

function keyAfter(doc: Doc, from: number): { letter: string; rest: string; line: number } | null {
  let seen = 0
  for (let j = from; j < doc.lines.length && seen < KEY_WINDOW; j++) {
    const line = doc.lines[j]!
    if (line.blank) continue
    if (line.code || line.heading) return null
    seen++
    const key = answerKeyLetter(line.text)
    if (key) return { ...key, line: j }
  }
  return null
}

function answerOf(options: readonly Option[]): string | null {
  const parts: string[] = []
  for (const o of options) if (o.marked) parts.push([o.text, ...o.code].filter(Boolean).join('\n'))
  return parts.length > 0 ? parts.join('\n') : null
}

/** Reads one quiz question whose stem starts at `start`; null when none does. */
export function readOptionQuiz(doc: Doc, start: number): BlockResult | null {
  const lines = doc.lines
  const stem: string[] = []
  const code: string[] = []
  let lastFence: string[] = []
  let asks = 0
  let j = start
  const limit = Math.min(lines.length, start + STEM_LINES)
  for (; j < limit; j++) {
    const line = lines[j]!
    if (line.blank) continue
    if (line.fence === 'open') {
      const close = fenceEnd(doc, j)
      lastFence = lines.slice(j + 1, close).map((l) => l.text)
      for (let k = j; k <= close && k < lines.length; k++) code.push(lines[k]!.raw)
      j = close
      continue
    }
    // HTML (`<details>`) has its own formats; a heading or rule ends the question unfound.
    if (line.code || line.heading || line.underline) return null
    const facts = factsOf(doc, j)
    if (facts.separator || line.text.startsWith('<')) return null
    if (facts.option) break
    if (facts.keyed) return null
    // `Question 3:` over the stem and `Hint: …` lines are not part of the question.
    if (facts.label && stem.length === 0) continue
    if (facts.hint) continue
    if (hasQuestionMark(line.text) && ++asks > 1) return null
    // After the line that asks come material and advice (`When in doubt, run it.`), not prompt.
    if (asks > 0 && !hasQuestionMark(line.text)) code.push(line.raw)
    else stem.push(line.text)
  }
  if (j >= limit) return null
  const { options, next } = readOptions(doc, j)
  if (options.length < 2) return null
  const family = options[0]!.family
  let answer: string | null
  let end = next
  if (family === 'letter') {
    const key = lettersRun(options) ? keyAfter(doc, next) : null
    if (!key) return null
    const named = options.find((o) => o.letter === key.letter)
    // `**Answer**: b) 7` already names the choice; `Answer: b` gets it spelled out.
    answer =
      named && !namesChoice(key.rest, named.text)
        ? `${key.rest}\n\n${key.letter.toUpperCase()}. ${named.text}`
        : key.rest
    end = key.line + 1
  } else {
    answer = answerOf(options)
    // A checklist is a list of tasks: only a stem that asks makes its boxes choices.
    if (family === 'checkbox' && (!answer || !stem.some(hasQuestionMark))) return null
    if (options.some((o) => hasQuestionMark(o.text))) return null
    // ✅/❌ bullets are often pros and cons: as choices they mix marks under a stem that asks.
    const marked = options.filter((o) => o.marked).length
    if (family === 'symbol' && (marked === 0 || marked === options.length || asks === 0))
      return null
  }
  // A question pasted as the last line of its code fence belongs to the stem.
  const tail = lastFence.filter((t) => t !== '').pop()
  if (asks === 0 && tail !== undefined && PROSE_QUESTION.test(tail)) stem.push(tail)
  // `1. **What is the output…?**`: the list number is not part of the question.
  const prompt = cleanPrompt(stem.join(' ').replace(NUMBERING, ''))
  if (prompt === '') return null
  const item: ItemDraft = {
    kind: 'question',
    prompt,
    answer,
    line: start,
    checked: null,
    links: [],
    ...(code.length > 0 ? { detail: code.join('\n') } : {})
  }
  return { items: [item], next: end }
}

export const optionQuizFormat: BlockFormat = {
  name: 'optionQuiz',
  read(doc, index) {
    const line = doc.lines[index]!
    if (line.code) return null
    if (!line.heading) return readOptionQuiz(doc, index)
    // A heading that asks keeps its body (headingQuestion reads its choices and explanation).
    if (hasQuestionMark(line.heading.text)) return null
    // A heading that does not ask, over a quiz question: a section name (none if only a number).
    let k = doc.nextNonBlank[index + 1] ?? doc.lines.length
    while (k < doc.lines.length && isSeparator(doc.lines[k]!.text) && !doc.lines[k]!.code)
      k = doc.nextNonBlank[k + 1] ?? doc.lines.length
    if (k >= doc.lines.length || doc.lines[k]!.heading || !readOptionQuiz(doc, k)) return null
    const text = cleanSection(line.heading.text)
    if (!/\p{L}/u.test(text)) return { items: [], next: index + 1 }
    return {
      items: [],
      next: index + 1,
      section: { type: 'heading', level: line.heading.level, text }
    }
  }
}

// The key's text after its letter (`b) 7` → `7`) is the named choice's text, markup aside.
function namesChoice(key: string, choice: string): boolean {
  const plain = (text: string): string =>
    cleanPrompt(text)
      .replace(/^[a-h][.):][ \t]*/i, '')
      .trim()
      .toLowerCase()
  const spelled = plain(key)
  return spelled !== '' && spelled === plain(choice)
}
