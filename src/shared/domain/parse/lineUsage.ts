/**
 * Which lines of a document went into an item, which were structure (headings, rules, inert
 * blocks), and which went nowhere: the parse report lists the last as "lines not used".
 */

/** Per-line state, indexed by 0-based line. */
export const UNSEEN = 0
export const USED = 1
export const STRUCTURE = 2

/** Filled by the block dispatcher; a format that does not track leaves `tracked` false. */
export interface LineUsage {
  lines: Uint8Array
  tracked: boolean
}

/** An empty usage record for a document of `count` lines. */
export function newLineUsage(count: number): LineUsage {
  return { lines: new Uint8Array(count), tracked: false }
}

/** Marks lines `from` (inclusive) to `to` (exclusive) with `state`, unless already used. */
export function markLines(
  usage: LineUsage | undefined,
  from: number,
  to: number,
  state: number
): void {
  if (!usage) return
  const end = Math.min(to, usage.lines.length)
  for (let i = Math.max(0, from); i < end; i++) if (usage.lines[i] !== USED) usage.lines[i] = state
}
