/**
 * The sidebar's numbers: per source and per section, how many questions there are, how many
 * have my answer and how many I marked confident.
 */
import type { Catalog } from '../../../shared/domain/types'
import type { CatalogOverview, SectionNode, SourceInfo } from '../../../shared/ipc/types'
import type { StudyStatus } from '../../../shared/study'
import type { SourceMembership } from './ports'

export interface ProgressLookup {
  isAnswered(id: string): boolean
  statusOf(id: string): StudyStatus
}

interface Tally {
  total: number
  answered: number
  confident: number
}

function tally(ids: Iterable<string>, lookup: ProgressLookup): Tally {
  const t: Tally = { total: 0, answered: 0, confident: 0 }
  for (const id of ids) {
    t.total++
    if (lookup.isAnswered(id)) t.answered++
    if (lookup.statusOf(id) === 'confident') t.confident++
  }
  return t
}

/** Fills answered/confident counts for the whole catalog, each source and each section. */
export function buildOverview(
  catalog: Catalog,
  sources: readonly SourceInfo[],
  membership: readonly SourceMembership[],
  lookup: ProgressLookup
): CatalogOverview {
  const all = tally(
    catalog.entries.map((e) => e.id),
    lookup
  )
  return {
    totalEntries: all.total,
    totalItems: catalog.itemCount,
    answered: all.answered,
    confident: all.confident,
    sources: sources.map((source, i) => {
      const member = membership[i]
      const sections: SectionNode[] = member
        ? [...member.sections].map(([name, ids]) => ({ name, ...tally(ids, lookup) }))
        : source.sections
      return member
        ? { ...source, sections, totals: tally(member.ids, lookup) }
        : { ...source, sections }
    })
  }
}
