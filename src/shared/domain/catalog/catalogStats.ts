/** Counts that describe a catalog, for the README, the CLI summary and the bench. */
import type { Catalog } from '../types'

export interface CatalogStats {
  /** Every parsed occurrence that went in. */
  items: number
  /** Distinct entries after merging. */
  entries: number
  /** Entries that merged two or more occurrences. */
  mergedGroups: number
  /** Occurrences folded into another: items - entries. */
  duplicatesMerged: number
  questions: number
  topics: number
  /** Entries with at least one reference answer. */
  withAnswers: number
  /** Entries asked in two or more files. */
  inSeveralSources: number
  /** Entries with at least one related link. */
  withRelated: number
}

/** Summarises a catalog in one pass. */
export function catalogStats(catalog: Catalog): CatalogStats {
  const stats: CatalogStats = {
    items: catalog.itemCount,
    entries: catalog.entries.length,
    mergedGroups: 0,
    duplicatesMerged: catalog.itemCount - catalog.entries.length,
    questions: 0,
    topics: 0,
    withAnswers: 0,
    inSeveralSources: 0,
    withRelated: 0
  }
  for (const entry of catalog.entries) {
    if (entry.occurrences.length > 1) stats.mergedGroups++
    if (entry.kind === 'question') stats.questions++
    else stats.topics++
    if (entry.answers.length > 0) stats.withAnswers++
    if (entry.askedIn > 1) stats.inSeveralSources++
    if (entry.related.length > 0) stats.withRelated++
  }
  return stats
}
