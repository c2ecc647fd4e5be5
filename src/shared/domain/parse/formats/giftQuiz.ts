/**
 * Moodle GIFT quizzes (`.gift`, often saved as `.txt`), a whole-document format:
 *
 *   // question: 12  name: REPL
 *   $CATEGORY: $course$/Module 1
 *   ::REPL::[html]<p>What does REPL stand for?</p>{
 *     =Read-Eval-Print-Loop#Right
 *     ~Run-Every-Program-Later
 *   }
 *
 * Questions are separated by blank lines; `//` lines are comments and `$CATEGORY:` names the
 * section. The prompt is the question text (the `::title::` only when the text is empty); the
 * answer is the options as a checklist with the right ones ticked, as other quizzes are read.
 * Detected only when most blank-line blocks are GIFT questions, so prose and code never are.
 */
import type { ParsedItem } from '../../types'
import { htmlFragmentToMarkdown, markdownAsPromptText } from '../../import/htmlToMarkdown'
import { extractLinks } from '../cleanText'
import type { DocumentFormat } from '../documentFormats'
import { markLines, STRUCTURE, USED, type LineUsage } from '../lineUsage'
import type { Doc } from '../scanLines'
import {
  findUnescaped,
  readGiftAnswers,
  unescapeGift,
  type GiftAnswers,
  type GiftOption
} from './giftAnswers'

/** One blank-line-separated block of non-comment lines. */
interface Chunk {
  first: number
  last: number
  text: string
  section: string | null
}

/** A block read as a GIFT question. */
interface GiftQuestion {
  chunk: Chunk
  title: string
  text: string
  html: boolean
  answers: GiftAnswers
}

const FORMAT_TAG = /^\s*\[(html|moodle|plain|markdown)\]/i
const CATEGORY = /^\s*\$CATEGORY:\s*(.*)$/

// Net unescaped `{` minus `}` on a line: a blank line inside braces does not end a question.
function braceBalance(line: string): number {
  let depth = 0
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (c === '\\') i++
    else if (c === '{') depth++
    else if (c === '}') depth--
  }
  return depth
}

function categoryName(path: string): string | null {
  const parts = path
    .trim()
    .replace(/^\$\w+\$\/?/, '')
    .split('/')
    .filter((p) => p.trim() !== '')
  return parts.length > 0 ? parts[parts.length - 1]!.trim() : null
}

function readChunks(doc: Doc): { chunks: Chunk[]; meta: number[] } {
  const chunks: Chunk[] = []
  const meta: number[] = []
  let section: string | null = null
  let current: Chunk | null = null
  let depth = 0
  for (const line of doc.lines) {
    if (depth <= 0 && line.text.startsWith('//')) {
      meta.push(line.index)
      continue
    }
    const category = depth <= 0 ? CATEGORY.exec(line.raw) : null
    if (category) {
      section = categoryName(category[1] ?? '')
      meta.push(line.index)
      current = null
      continue
    }
    if (line.blank && depth <= 0) {
      current = null
      depth = 0
      continue
    }
    if (!current) {
      current = { first: line.index, last: line.index, text: line.raw, section }
      chunks.push(current)
    } else {
      current.text += `\n${line.raw}`
      current.last = line.index
    }
    depth += braceBalance(line.raw)
  }
  return { chunks, meta }
}

// `::title::` at the start of a block, escapes honoured.
function splitTitle(text: string): { title: string; rest: string } {
  const start = text.indexOf('::')
  if (start < 0 || text.slice(0, start).trim() !== '') return { title: '', rest: text }
  for (let i = start + 2; i + 1 < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === ':' && text[i + 1] === ':')
      return { title: text.slice(start + 2, i), rest: text.slice(i + 2) }
  }
  return { title: '', rest: text }
}

function readQuestion(chunk: Chunk): GiftQuestion | null {
  const { title, rest } = splitTitle(chunk.text)
  const open = findUnescaped(rest, '{')
  if (open < 0) return null
  const close = findUnescaped(rest, '}', open + 1)
  if (close < 0) return null
  const block = rest.slice(open + 1, close)
  const answers = readGiftAnswers(block)
  const opensWithOption = /^\s*[=~]/.test(block)
  // Without a title only an unmistakable block counts: `f() {}` in prose is not a quiz.
  const unmistakable = opensWithOption || /^\s*(?:T|F|TRUE|FALSE)\s*(?:#|$)|^\s*#-?\d/i.test(block)
  if (title === '' && !unmistakable) return null
  let before = rest.slice(0, open)
  const tag = FORMAT_TAG.exec(before)
  const html = tag?.[1]?.toLowerCase() === 'html' || /<[a-z][^>]{0,200}>/i.test(before)
  if (tag) before = before.slice(tag[0].length)
  const after = rest.slice(close + 1).trim()
  // A blank in the middle of the sentence (`The capital is {=Paris} city.`) reads as `_____`.
  const text = after === '' ? before : `${before.trimEnd()} _____ ${after}`
  return { chunk, title, text, html, answers }
}

function asText(text: string, html: boolean): string {
  const plain = unescapeGift(text)
  if (!html && !/<[a-z][^>]{0,200}>|&[a-z]{2,8};/i.test(plain))
    return plain.replace(/\s+/g, ' ').trim()
  return markdownAsPromptText(htmlFragmentToMarkdown(plain))
}

// Feedback that only says "Correct" / "Incorrect" repeats the tick; longer feedback explains.
function usefulFeedback(feedback: string, html: boolean): string {
  const text = asText(feedback, html)
  return /^(?:in)?correct[.!]?$|^(?:right|wrong|yes|no)[.!]?$/i.test(text) ? '' : text
}

function optionLine(option: GiftOption, html: boolean, tick: boolean): string {
  const text = asText(option.text, html)
  const feedback = usefulFeedback(option.feedback, html)
  const mark = tick ? (option.correct ? '[x] ' : '[ ] ') : ''
  return `- ${mark}${text}${feedback ? ` — ${feedback}` : ''}`
}

function renderAnswer(q: GiftQuestion): string | null {
  const { answers, html } = q
  const parts: string[] = []
  if (answers.kind === 'truefalse' || answers.kind === 'numeric') {
    parts.push(answers.options[0]?.text ?? '')
  } else if (answers.options.length > 0) {
    // Only right answers (short answer, matching): a plain list; otherwise the ticked choices.
    const tick = answers.options.some((o) => !o.correct)
    parts.push(answers.options.map((o) => optionLine(o, html, tick)).join('\n'))
  }
  if (answers.general) parts.push(asText(answers.general, html))
  const answer = parts.filter((p) => p.trim() !== '').join('\n\n')
  return answer === '' ? null : answer
}

function readQuestions(doc: Doc): { questions: GiftQuestion[]; chunks: Chunk[]; meta: number[] } {
  const { chunks, meta } = readChunks(doc)
  const questions: GiftQuestion[] = []
  for (const chunk of chunks) {
    const q = readQuestion(chunk)
    if (q) questions.push(q)
  }
  return { questions, chunks, meta }
}

/** Whether most blocks of the document are GIFT questions (at least two). */
export function isGiftQuiz(doc: Doc): boolean {
  // Cheap gate first: a GIFT file has option marks after a brace somewhere.
  if (!doc.lines.some((l) => /\{\s*[=~]|^[=~]/.test(l.text) || l.text.startsWith('::')))
    return false
  const { questions, chunks } = readQuestions(doc)
  return questions.length >= 2 && questions.length >= chunks.length * 0.8
}

/** The quiz's questions as items, in file order. */
export function parseGiftQuiz(doc: Doc, file: string, usage?: LineUsage): ParsedItem[] {
  const { questions, meta } = readQuestions(doc)
  if (usage) usage.tracked = true
  for (const i of meta) markLines(usage, i, i + 1, STRUCTURE)
  const items: ParsedItem[] = []
  for (const q of questions) {
    const prompt = asText(q.text, q.html) || asText(q.title, q.html)
    if (prompt === '') continue
    markLines(usage, q.chunk.first, q.chunk.last + 1, USED)
    const answer = renderAnswer(q)
    items.push({
      kind: 'question',
      prompt,
      answer,
      section: q.chunk.section,
      source: { file, line: q.chunk.first + 1 },
      checked: null,
      links: extractLinks(`${prompt}\n${answer ?? ''}`)
    })
  }
  return items
}

/** Registered ahead of the mixed parser in `DOCUMENT_FORMATS`. */
export const giftQuizFormat: DocumentFormat = {
  name: 'gift-quiz',
  detect: (doc) => isGiftQuiz(doc),
  parse: (doc, file, usage) => parseGiftQuiz(doc, file, usage)
}
