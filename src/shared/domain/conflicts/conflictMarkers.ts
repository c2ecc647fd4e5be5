/**
 * Git conflict markers inside an answer file (`<<<<<<<` / `|||||||` / `=======` / `>>>>>>>`),
 * left by a merge that could not settle two edits of the same lines. Text in, the two sides out.
 */

/** The two versions a marked text stands for: everything outside the blocks plus one side each. */
export interface MarkedSides {
  mine: string
  theirs: string
  /** Both sides of each block, mine first, the other under a separator line: nothing dropped. */
  both: string
  /** How many conflict blocks the text has. */
  blocks: number
}

// `\r?`: a file with CRLF line ends (Windows, or a merge that wrote them) has the same markers.
const START = /^<{7}(?: .*)?\r?$/
const BASE = /^\|{7}(?: .*)?\r?$/
const MIDDLE = /^={7}\r?$/
const END = /^>{7}(?: .*)?\r?$/

/** The line that separates the kept texts when both are kept. */
export const KEEP_BOTH_SEPARATOR = '---'

/** True when `text` holds at least one complete git conflict block. */
export function hasConflictMarkers(text: string): boolean {
  return splitConflictMarkers(text) !== null
}

/**
 * The sides of a text with conflict markers, or null when it has no complete block. Lines of an
 * unfinished block (a marker without its partners) are kept as plain text on both sides.
 */
export function splitConflictMarkers(text: string): MarkedSides | null {
  const lines = text.split('\n')
  const mine: string[] = []
  const theirs: string[] = []
  const both: string[] = []
  let blocks = 0
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (!START.test(line.replace(/\r$/, ''))) {
      mine.push(line)
      theirs.push(line)
      both.push(line)
      i++
      continue
    }
    const block = readBlock(lines, i)
    if (!block) {
      mine.push(line)
      theirs.push(line)
      both.push(line)
      i++
      continue
    }
    blocks++
    for (const l of block.ours) mine.push(l)
    for (const l of block.theirs) theirs.push(l)
    for (const l of [...block.ours, '', KEEP_BOTH_SEPARATOR, '', ...block.theirs]) both.push(l)
    i = block.next
  }
  if (blocks === 0) return null
  return { mine: mine.join('\n'), theirs: theirs.join('\n'), both: both.join('\n'), blocks }
}

function readBlock(
  lines: readonly string[],
  start: number
): { ours: string[]; theirs: string[]; next: number } | null {
  const ours: string[] = []
  const theirs: string[] = []
  let part: 'ours' | 'base' | 'theirs' = 'ours'
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j]!.replace(/\r$/, '')
    if (START.test(line)) return null
    if (part === 'ours' && BASE.test(line)) part = 'base'
    else if (part !== 'theirs' && MIDDLE.test(line)) part = 'theirs'
    else if (part === 'theirs' && END.test(line)) return { ours, theirs, next: j + 1 }
    else if (part === 'ours') ours.push(lines[j]!)
    else if (part === 'theirs') theirs.push(lines[j]!)
    // diff3's base lines (between ||||||| and =======) are neither side: both edited them.
  }
  return null
}

/** `mine` with `theirs` appended under a separator (keep both for whole-file copies). */
export function keepBoth(mine: string, theirs: string): string {
  const head = mine.replace(/\s+$/, '')
  const tail = theirs.replace(/^\s+/, '')
  if (!head) return tail
  if (!tail) return head
  return `${head}\n\n${KEEP_BOTH_SEPARATOR}\n\n${tail}`
}
