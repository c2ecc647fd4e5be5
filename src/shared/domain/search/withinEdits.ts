/**
 * Bounded edit distance for typo matching: substitutions, insertions, deletions and swaps of
 * two neighbouring letters each count one (optimal string alignment). Only a band of width
 * `2 * max + 1` around the diagonal is computed and the scan stops once every cell of a row
 * exceeds `max`, so checking a candidate costs O(length × max). Packages such as
 * fastest-levenshtein compute the full Levenshtein distance and count a swap as two edits,
 * which is the commonest typo ("middlwear" / "decortaor").
 */

/** The number of typo edits a query word of this many letters may carry. */
export function allowedEdits(length: number): number {
  // Proportional to length: short words are too easy to turn into other words.
  if (length >= 9) return 2
  if (length >= 5) return 1
  return 0
}

/** True when `a` and `b` are at most `max` edits apart. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (a === b) return true
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > max) return false
  const INF = max + 1
  // Three rows (two back for swaps), each indexed by j in 0..lb.
  let prev2 = new Array<number>(lb + 1).fill(INF)
  let prev = new Array<number>(lb + 1).fill(INF)
  let row = new Array<number>(lb + 1).fill(INF)
  for (let j = 0; j <= Math.min(lb, max); j++) prev[j] = j
  for (let i = 1; i <= la; i++) {
    row.fill(INF)
    if (i <= max) row[0] = i
    let best = row[0]!
    const from = Math.max(1, i - max)
    const to = Math.min(lb, i + max)
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1)
      row[j] = Math.min(d, INF)
      if (row[j]! < best) best = row[j]!
    }
    if (best > max) return false
    ;[prev2, prev, row] = [prev, row, prev2]
  }
  return prev[lb]! <= max
}
