/**
 * `* What are the load-balancing methods?` over `** Round Robin`, `** Least Connections`: a
 * second list level written by doubling the marker (wiki and org-mode habit) rather than by
 * indenting. In CommonMark such lines are plain text; the writer meant entries nested under the
 * bullet above, so they are its answer. `**bold**` (no space after the stars) is not one.
 */

const STARRED = /^(\*{2,4})[ \t]+(\S.*)$/

/** The entry text of a `** entry` line, else null. */
export function starredSubBullet(text: string): string | null {
  const m = STARRED.exec(text)
  if (!m) return null
  // `** Note: see below **` is bold written loosely, not an entry.
  return m[2]!.endsWith('*') ? null : m[2]!
}

/** The line as a nested Markdown entry, one level per extra star. */
export function asNestedEntry(text: string): string | null {
  const rest = starredSubBullet(text)
  if (rest === null) return null
  const depth = /^\*+/.exec(text)![0].length - 1
  return `${'  '.repeat(depth)}- ${rest}`
}
