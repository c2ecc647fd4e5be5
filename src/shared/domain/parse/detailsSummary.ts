/**
 * `<details><summary>…</summary>` blocks. When the summary asks a question (GitHub READMEs
 * hide each answer under its question this way) the block is a whole question; when it is a
 * label ("Answer", "Show solution") it is the answer of the question above it.
 */

import { looksLikeQuestion } from './classifyText'
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
}

/** Reads the question of a `<details>` block opening on line `index`; null when it has none. */
export function readDetailsQuestion(doc: Doc, index: number): DetailsQuestion | null {
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
    if (prompt === '' || !(numbered || looksLikeQuestion(prompt))) return null
    // Only a numbered or asking summary counts: "Answer" or "Solution" labels the block.
    if (!looksLikeQuestion(prompt) && prompt.split(/\s+/).length < 2) return null
    const close = doc.nextDetailsClose[k] ?? doc.lines.length
    return { prompt, line: k, bodyStart: summary.end + 1, close }
  }
  return null
}
