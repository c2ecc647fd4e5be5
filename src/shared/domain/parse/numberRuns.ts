/**
 * Numbering that runs on from a question heading into plain lines: a page pasted from the web
 * where `## 25. What is X?` is a heading and `26. What is Y?` right after its answer is not.
 * The next number of the same sequence, asking, starts the next question however it is written.
 */

import { looksLikeQuestion } from './classifyText'
import { digitsValue } from './digits'
import { NUMBERING, numberedItem } from './lineShapes'
import type { Line } from './scanLines'

/** The number a heading's text opens with (`## 25. …` → 25), else null. */
export function headingNumber(text: string): number | null {
  const m = NUMBERING.exec(text)
  return m?.[1] ? digitsValue(m[1]) : null
}

/** True when `line` is entry `n + 1` of the sequence, unindented, and asks. */
export function continuesNumbering(n: number | null, line: Line): boolean {
  if (n === null || line.code || line.blank || line.indent > 0) return false
  const item = numberedItem(line.text)
  return !!item && item.n === n + 1 && looksLikeQuestion(item.rest)
}
