/**
 * `<details><summary>…</summary>` blocks. When the summary asks a question (GitHub READMEs
 * hide each answer under its question this way) the block is a whole question; when it is a
 * label ("Answer", "Show solution") it is the answer of the question above it. A block that
 * stands alone (no question above took it as its answer) with a summary that names something
 * ("Data Definition Language examples") is a topic: notes fold each entry away the same way.
 */

import { looksLikeQuestion } from './classifyText'
import { labelOf, labelRole } from './labels'
import { cleanPrompt } from './cleanText'
import { NUMBERING, opensDetails, questionPrefix } from './lineShapes'
import type { Doc } from './scanLines'

const SUMMARY_OPEN = /<summary\b[^<>]*>/i
const TAGS = /<[^<>]+>/g

// `<summary …>text</summary>`: found by index, so a line of 40,000 `<summary` stays linear.
function summaryText(text: string): string | null {
  const open = SUMMARY_OPEN.exec(text)
  if (!open) return null
  const from = open.index + open[0].length
  const close = text.toLowerCase().indexOf('</summary>', from)
  return close < 0 ? null : text.slice(from, close)
}

// How many lines a summary may wrap over before its `</summary>` (editors wrap long ones).
const SUMMARY_LINES = 4

/** The summary opening on line `k`, its `</summary>` there or a few lines on; and its last line. */
function summaryOn(doc: Doc, k: number): { text: string; end: number } | null {
  const first = doc.lines[k]!.text
  const same = summaryText(first)
  if (same !== null) return { text: same, end: k }
  const open = SUMMARY_OPEN.exec(first)
  if (!open) return null
  const parts = [first.slice(open.index + open[0].length)]
  for (let j = k + 1; j < Math.min(doc.lines.length, k + SUMMARY_LINES); j++) {
    const line = doc.lines[j]!
    if (line.code || /<\/?details\b/i.test(line.text)) return null
    const close = line.text.toLowerCase().indexOf('</summary>')
    if (close >= 0) return { text: [...parts, line.text.slice(0, close)].join(' '), end: j }
    parts.push(line.text)
  }
  return null
}

/** A `<details>` block that holds a question: the prompt, its line and the block's lines. */
export interface DetailsQuestion {
  prompt: string
  /** Line of the `<summary>` (where the reader sees the question). */
  line: number
  /** First line after the summary. */
  bodyStart: number
  /** The `</details>` line, or the end of the document when it is missing. */
  close: number
  /** False for a summary that names a topic rather than asks (only with `topics`). */
  asks: boolean
}

// "Show answer", "Click to expand", "Loesung anzeigen": a summary that only opens its block.
const OPENER_WORDS =
  /\b(?:click|show|hide|expand|toggle|view|see|reveal|more|details|contents|ver|mostrar|voir|afficher|anzeigen|zeigen|показать|посмотреть|развернуть)\b|点击|展开|查看|显示|보기|펼치기/iu

/** A summary that names a topic: not a label, no answer or hint word, not a "show" opener. */
function namesTopic(text: string): boolean {
  if (text === '' || text.length > 160 || labelOf(text) !== null || OPENER_WORDS.test(text))
    return false
  const words = text.toLowerCase().split(/[\s:：,.()]+/u)
  // "Show solution", "Answer", "Hint 2" open the answer of the question above.
  return !words.some((w) => labelRole(w) === 'answer' || labelRole(w) === 'hint')
}

// A body line that asks (`**Q1: What is REST?**`): two of them make the block a section.
const ASKING_LINE = /[?？؟][*_\s]*$/u

/**
 * True when the block's body (after its summary) holds an entry's text: some text, and not
 * the questions of a section folded away (`<summary>📌 Basics</summary>` over Q1, Q2, …).
 */
function topicBody(doc: Doc, from: number, close: number): boolean {
  let text = false
  let asking = 0
  for (let j = from; j < close; j++) {
    const line = doc.lines[j]!
    if (line.code) continue
    const t = line.text.replace(TAGS, '').trim()
    if (t === '') continue
    text = true
    if (ASKING_LINE.test(t) || questionPrefix(t) !== null) asking++
    if (asking >= 2) return false
  }
  const closing = doc.lines[close]?.text ?? ''
  return (
    text ||
    closing
      .replace(/<\/details>.*$/i, '')
      .replace(TAGS, '')
      .trim() !== ''
  )
}

/**
 * Reads the question of a `<details>` block opening on line `index`; null when it has none.
 * With `topics`, a block whose summary names a topic is read too (`asks` false).
 */
export function readDetailsQuestion(
  doc: Doc,
  index: number,
  topics = false
): DetailsQuestion | null {
  const open = doc.lines[index]
  if (!open || open.code || !opensDetails(open.text)) return null
  // The summary sits on the same line or the next non-blank one.
  const candidates = [index, doc.nextNonBlank[index + 1] ?? doc.lines.length]
  for (const k of candidates) {
    const line = doc.lines[k]
    if (!line || line.code) continue
    const summary = summaryOn(doc, k)
    if (summary === null) continue
    const tagless = summary.text.replace(TAGS, '').trim()
    // `Q-6. …`, `Q3: …`: the question's label and number are not part of it.
    const labelled = questionPrefix(tagless)
    const text = labelled ?? tagless
    const numbered = labelled !== null || NUMBERING.test(text)
    const prompt = cleanPrompt(text.replace(NUMBERING, ''))
    const close = doc.nextDetailsClose[k] ?? doc.lines.length
    const found = { prompt, line: k, bodyStart: summary.end + 1, close, asks: true }
    const asks = looksLikeQuestion(prompt)
    // Only a numbered or asking summary counts: "Answer" or "Solution" labels the block.
    if (prompt !== '' && (asks || (numbered && prompt.split(/\s+/).length >= 2))) return found
    if (topics && namesTopic(prompt) && topicBody(doc, found.bodyStart, close)) {
      return { ...found, asks: false }
    }
    return null
  }
  return null
}
