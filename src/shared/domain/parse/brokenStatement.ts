/**
 * A list entry whose statement goes on over hard line breaks, as READMEs written for GitHub's
 * renderer do: `4. If the sum is over 100, print…<br/>` then `otherwise print…<br/>`. A line
 * ending in `<br>` says the text continues on the next line, in the same entry; the lines
 * that follow it (plain text, not a new entry, tag or heading) are part of the prompt.
 */

import { labelledLine } from './labels'
import { answerMarker, bulletItem, numberedItem } from './lineShapes'
import type { Doc } from './scanLines'

const ENDS_WITH_BREAK = /<br[ \t]*\/?>$/i
// A wrapped statement is a few lines, not a page.
const MAX_LINES = 6

/** The entry's text with its `<br>`-continued lines, and how many lines were added. */
export function brokenStatement(
  doc: Doc,
  index: number,
  rest: string
): { rest: string; extra: number } | null {
  if (!ENDS_WITH_BREAK.test(rest.slice(-8))) return null
  const item = doc.lines[index]!
  const parts = [rest]
  let j = index + 1
  for (; j < doc.lines.length && j <= index + MAX_LINES; j++) {
    const prev = doc.lines[j - 1]!
    if (j > index + 1 && !ENDS_WITH_BREAK.test(prev.text.slice(-8))) break
    const line = doc.lines[j]!
    if (line.blank || line.code || line.inert || line.heading || line.underline) break
    if (line.indent > item.indent + 4 || line.text.startsWith('<')) break
    if (numberedItem(line.text) || bulletItem(line.text) || !/\p{L}/u.test(line.text)) break
    // `Ans: …` or `Hint: …` on the next line starts the answer, not more of the statement.
    if (answerMarker(line.text) !== null || labelledLine(line.text) !== null) break
    parts.push(line.text)
  }
  return j > index + 1 ? { rest: parts.join(' '), extra: j - index - 1 } : null
}
