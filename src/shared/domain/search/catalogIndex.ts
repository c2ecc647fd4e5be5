/**
 * The catalog index: lunr over the short primary fields (prompt, section) and compact
 * postings over the long prose (reference answers). See searchEngine.ts for why it is split.
 */
import type lunr from 'lunr'
import type { EngineEntry } from './engineEntry'
import { PROSE_FIELDS } from './indexSettings'
import { buildInvertedIndex, type BuildProgress, type InvertedIndex } from './invertedIndex'
import { buildPrimaryIndex } from './primaryIndex'

export interface CatalogIndex {
  /** Prompts and sections; refs are catalog doc numbers. */
  primary: lunr.Index
  /** Reference answers, one doc per catalog entry. */
  prose: InvertedIndex
  docCount: number
}

/** The prose texts of one entry, in PROSE_FIELDS order. */
export function proseDoc(entry: EngineEntry): [string] {
  return [entry.answers.map((answer) => answer.markdown).join('\n\n')]
}

/** Indexes `entries` (the slow path: seconds at 50,000 questions), reporting progress. */
export function buildCatalogIndex(
  entries: readonly EngineEntry[],
  onProgress?: BuildProgress
): CatalogIndex {
  const total = entries.length
  // Two passes over the entries: each reports half of the progress bar.
  const prose = buildInvertedIndex(
    [...PROSE_FIELDS],
    entries.map(proseDoc),
    onProgress && ((done) => onProgress(Math.floor(done / 2), total))
  )
  const primary = buildPrimaryIndex(
    entries,
    onProgress && ((done) => onProgress(Math.floor((total + done) / 2), total))
  )
  onProgress?.(total, total)
  return { primary, prose, docCount: total }
}
