/**
 * An answer written as ordinary paragraphs under its question, after a blank line:
 *   1. What is a decorator?
 *
 *   A function that takes a function and returns a new one.
 *
 *   ```python
 *   def log(fn): …
 *   ```
 *
 *   2. What is …?
 * It runs, blank lines and all, until the next question, a heading, a rule or chat filler.
 */

import { buildAnswer } from './buildAnswer'
import { asksDirectly } from './classifyText'
import { extractLinks } from './cleanText'
import { bulletItem, isUrlOnly, numberedItem } from './lineShapes'
import type { AnswerRead } from './readAnswer'
import type { Doc, Line } from './scanLines'

/**
 * Reads paragraphs from line `start` on as the answer of the question above; null when what
 * follows is not an answer (another list, another question, a heading).
 * @param ends true for a line that starts the next question or ends the block.
 */
export function readParagraphAnswer(
  doc: Doc,
  start: number,
  baseIndent: number,
  ends: (line: Line) => boolean,
  options: {
    /** A numbered list may open the answer (under a bulleted question it is not the list going on). */
    listMayOpen?: boolean
    /** A list may start right under the question, with no blank line between. */
    adjacentList?: boolean
    /**
     * Prose may start right under the question, unindented (`- What is X?` / `X is…`: in
     * CommonMark a lazy continuation, to the reader the answer).
     */
    lazyStart?: boolean
  } = {}
): AnswerRead | null {
  const lines = doc.lines
  const k = doc.nextNonBlank[start] ?? lines.length
  const first = lines[k]
  if (!first || first.inert) return null
  const listItem = !first.code && (numberedItem(first.text) ?? bulletItem(first.text)) !== null
  const lazy = options.lazyStart === true && !listItem && !first.code && first.indent <= baseIndent
  if (k === start && !(options.adjacentList && listItem) && !lazy) return null
  if (first.code ? first.fence !== 'open' : ends(first)) return null
  // A numbered line is the list going on; a line that asks is a question of its own.
  if (
    !first.code &&
    ((!options.listMayOpen && !options.adjacentList && numberedItem(first.text) !== null) ||
      asksDirectly(first.text))
  )
    return null
  if (!first.code && isUrlOnly(first.text)) return null

  const out: string[] = []
  const links: string[] = []
  let last = k - 1
  let j = k
  for (; j < lines.length; j++) {
    const line = lines[j]!
    if (line.blank || line.code) {
      out.push(line.raw)
      if (line.code) last = j
      continue
    }
    if (line.inert || (line.indent <= baseIndent + 1 && ends(line))) break
    if (isUrlOnly(line.text)) extractLinks(line.text, links)
    else out.push(line.raw)
    last = j
  }
  const kept = out.slice(0, Math.max(0, last - k + 1))
  extractLinks(kept.join('\n'), links)
  const answer = buildAnswer(kept)
  return answer === null ? null : { answer, links, next: last + 1 }
}
