/**
 * `<details><summary>…</summary>` blocks. When the summary asks a question (GitHub READMEs
 * hide each answer under its question this way) the block is a whole question; when it is a
 * label ("Answer", "Show solution") it is the answer of the question above it.
 */

import { looksLikeQuestion } from './classifyText'
import { cleanPrompt } from './cleanText'
import { NUMBERING, opensDetails } from './lineShapes'
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
    const summary = summaryText(line.text)
    if (summary === null) continue
    const text = summary.replace(TAGS, '').trim()
    const numbered = NUMBERING.test(text)
    const prompt = cleanPrompt(text.replace(NUMBERING, ''))
    if (prompt === '' || !(numbered || looksLikeQuestion(prompt))) return null
    // Only a numbered or asking summary counts: "Answer" or "Solution" labels the block.
    if (!looksLikeQuestion(prompt) && prompt.split(/\s+/).length < 2) return null
    const close = doc.nextDetailsClose[k] ?? doc.lines.length
    return { prompt, line: k, bodyStart: k + 1, close }
  }
  return null
}
