/**
 * The one definition of "the entries of a source" the renderer shows: the distinct catalog
 * entries with an occurrence in one of its files (main's source membership, which the source
 * filter applies too). The sidebar, the Source filter menu and the study scope all read it, so
 * they can never disagree (a source's raw `itemCount` counts every repeated occurrence).
 */
import type { SourceInfo } from '@shared/ipc/types'

export interface SourceTotals {
  total: number
  answered: number
  confident: number
}

/** Distinct entries of `source` with their progress. */
export function sourceTotals(source: SourceInfo): SourceTotals {
  if (source.totals) return source.totals
  // Before the catalog's membership is known (an overview from an older main), the sum of
  // section counts is the best estimate; an entry under two headings counts twice there.
  if (source.sections.length === 0) return { total: source.itemCount, answered: 0, confident: 0 }
  return source.sections.reduce(
    (acc, s) => ({
      total: acc.total + s.total,
      answered: acc.answered + s.answered,
      confident: acc.confident + s.confident
    }),
    { total: 0, answered: 0, confident: 0 }
  )
}
