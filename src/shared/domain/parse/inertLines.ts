/**
 * Lines that carry no content for a reader: a YAML front-matter block at the top (Obsidian,
 * Jekyll, Hugo, flashcard tools), HTML comments (`<!-- TOC -->`, attribution notes) and
 * kramdown attribute lines (`{:.input_area}`, see kramdownMarkup). The
 * scanner marks them inert so no format reads them as topics or headings.
 */

import { isKramdownMarkup } from './kramdownMarkup'
import type { Line } from './scanLines'

const FRONT_MATTER_KEY = /^(?:[\w-]+[ \t]*:(?:[ \t].*)?|-[ \t]+.*|#.*)$/
// Front matter is short; a `---` rule far below the top is a rule, not metadata.
const MAX_FRONT_MATTER = 60

/** Index past the front matter that opens the document at `start` (`start` when there is none). */
function frontMatterEnd(lines: readonly Line[], start: number): number {
  if (lines[start]?.text !== '---' || lines[start]!.indent > 0) return start
  const limit = Math.min(lines.length, start + MAX_FRONT_MATTER)
  let keys = 0
  for (let j = start + 1; j < limit; j++) {
    const line = lines[j]!
    if (line.text === '---' || line.text === '...') return keys > 0 ? j + 1 : start
    if (line.blank) continue
    // Continuation lines of a value are indented; anything else must look like `key: value`.
    if (line.indent === 0 && !FRONT_MATTER_KEY.test(line.text)) return start
    if (line.indent === 0) keys++
  }
  return start
}

/** Marks HTML comment lines and a leading front-matter block as inert (`Line.inert`). */
export function markInertLines(lines: Line[]): void {
  let inComment = false
  let top = 0
  let atTop = true
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.code && !inComment) {
      atTop = false
      continue
    }
    const opens = !inComment && line.text.startsWith('<!--')
    if (opens || inComment) {
      line.inert = true
      inComment = !line.text.includes('-->')
      if (atTop) top = i + 1
      continue
    }
    if (line.blank) {
      if (atTop) top = i + 1
      continue
    }
    if (isKramdownMarkup(line.text)) line.inert = true
    atTop = false
  }
  const end = frontMatterEnd(lines, top < lines.length ? top : lines.length)
  for (let i = top; i < end; i++) lines[i]!.inert = true
}
