/** Where the matched terms sit in a hit's text, so the UI can highlight them. */
import type { MatchRanges } from './types'
import { forEachTerm } from './tokenize'

/**
 * Ranges `[start, length]` of every occurrence of `terms` in `text`. A symbol term that matched
 * as a whole is highlighted whole; otherwise its matching word parts are.
 */
export function rangesIn(text: string, terms: ReadonlySet<string>): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let coveredTo = -1
  forEachTerm(text, (term, start, end, part) => {
    if (part && start < coveredTo) return
    if (!terms.has(term)) return
    ranges.push([start, end - start])
    if (!part) coveredTo = end
  })
  return ranges
}

/** Collects the non-empty ranges of each named text (`prompt`, `answer:0`, `mine`, ...). */
export function matchRanges(
  texts: ReadonlyArray<[string, string | null | undefined]>,
  terms: ReadonlySet<string>
): MatchRanges {
  const matches: MatchRanges = {}
  if (terms.size === 0) return matches
  for (const [key, text] of texts) {
    if (!text) continue
    const ranges = rangesIn(text, terms)
    if (ranges.length > 0) matches[key] = ranges
  }
  return matches
}
