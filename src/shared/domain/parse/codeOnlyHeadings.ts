/**
 * A how-to heading with only code under it, among question headings:
 *   ### How to show tables in the admin panel?   ← asks
 *   ### Include CSS and JS in Django             ← does not ask, only a code block under it
 *   #### Ques. Name some companies that use Django?
 * Notes written as questions state some items as a bare task or phrase; with nothing but code
 * under it, such a heading is not a section (a section introduces its questions in words) but
 * an item whose answer is the code. It counts when the sibling heading before it asks and the
 * next heading asks too, and it is a phrase of a few words (one or two words name a section).
 */

import type { Doc } from './scanLines'

const MIN_WORDS = 3
const MAX_WORDS = 12

// True when the body under the heading on line `index` is fenced code and nothing else.
function onlyCode(doc: Doc, index: number, end: number): boolean {
  let code = false
  for (let j = index + 1; j < end; j++) {
    const line = doc.lines[j]!
    if (line.blank) continue
    if (!line.code) return false
    code = true
  }
  return code
}

/** Marks, in `asking`, code-only phrase headings between asking headings (see above). */
export function markCodeOnlyHeadings(
  doc: Doc,
  runs: Iterable<readonly number[]>,
  asking: Uint8Array
): void {
  for (const run of runs) {
    for (let p = 1; p < run.length; p++) {
      const i = run[p]!
      if (asking[i] === 1 || asking[run[p - 1]!] !== 1) continue
      const words = doc.lines[i]!.heading!.text.split(/\s+/).filter((w) => w !== '').length
      if (words < MIN_WORDS || words > MAX_WORDS) continue
      let next = i + 1
      while (next < doc.lines.length && !(doc.lines[next]!.heading && !doc.lines[next]!.code))
        next++
      if (next >= doc.lines.length || asking[next] !== 1) continue
      if (onlyCode(doc, i, next)) asking[i] = 1
    }
  }
}
