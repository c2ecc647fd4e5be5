/**
 * `## Các key trong dict có thứ tự thế nào?` then, right under it, `Với Python2.7 -> 3.5. Nếu ta
 * viết code sau thì kết quả là gì` and a fence: the line under the heading asks too, so it
 * continues the question (the heading is its short form) rather than starting the answer.
 * Only a one-line paragraph directly under the heading (no blank line between), that asks, does
 * not end in a full stop, and is followed by a blank line, a fence or nothing; list entries,
 * quotes and labels never are.
 */

import { asksDirectly } from './classifyText'
import { cleanPrompt } from './cleanText'
import { labelOf } from './labels'
import { answerMarker, bulletItem, numberedItem } from './lineShapes'
import type { Doc } from './scanLines'

// Longer than this, the line is an answer that happens to ask, not a question's second half.
const MAX_CHARS = 200

/** The line under the heading on line `index` when it continues the question, else -1. */
export function continuationLine(doc: Doc, index: number): number {
  const k = index + 1
  const line = doc.lines[k]
  if (!line || line.blank || line.code || line.inert || line.heading || line.underline) return -1
  if (line.indent > 0 || line.text.length > MAX_CHARS || /^[>|<![]/.test(line.text)) return -1
  if (numberedItem(line.text) || bulletItem(line.text) !== null) return -1
  if (answerMarker(line.text) !== null || labelOf(line.text) !== null) return -1
  const after = doc.lines[k + 1]
  if (after && !after.blank && after.fence !== 'open') return -1
  // A sentence ending in a full stop explains, even when it mentions a difference.
  const text = cleanPrompt(line.text)
  if (/[.。!！;；]$/.test(text)) return -1
  return asksDirectly(text) ? k : -1
}
