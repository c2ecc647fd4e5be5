/**
 * Whether a text still holds a git conflict block (`<<<<<<<` … `=======` … `>>>>>>>`), as the
 * sync's merge writes one for two edits of the same lines. The chooser in the conflicts feature
 * parses the sides; sync only needs to know whether the user has made the choice yet.
 */

const START = /^<{7}(?: .*)?\r?$/
const MIDDLE = /^={7}\r?$/
const END = /^>{7}(?: .*)?\r?$/

/** True when `text` has at least one complete conflict block (start, middle, end in order). */
export function hasConflictBlock(text: string): boolean {
  let state: 'none' | 'start' | 'middle' = 'none'
  for (const line of text.split('\n')) {
    if (START.test(line)) state = 'start'
    else if (state === 'start' && MIDDLE.test(line)) state = 'middle'
    else if (state === 'middle' && END.test(line)) return true
  }
  return false
}
