/**
 * What goes into the indexes and how fields weigh. Changing anything here changes results, so
 * the whole object is part of the on-disk cache key.
 */
import lunr from 'lunr'
import type { EngineEntry } from './engineEntry'
import type { DocFields } from './invertedIndex'
import { BM25 } from './scoreBoard'
import { EXPANSION_SETTINGS } from './vocabulary'

/** The catalog index: rebuilt only when the sources change. */
export const CATALOG_FIELDS = ['prompt', 'section', 'answer'] as const
/** Catalog fields indexed by lunr (short text: one object per posting is affordable). */
export const PRIMARY_FIELDS = ['prompt', 'section'] as const
/** Catalog fields kept in compact postings (long prose: lunr's postings would cost ~430 MB at 50k). */
export const PROSE_FIELDS = ['answer'] as const
/** The personal index: small, rebuilt when a note or tag changes. */
export const PERSONAL_FIELDS = ['mine', 'tag'] as const

/** Per-field weight of a match; the prompt counts most. */
export const FIELD_BOOSTS: Record<string, number> = {
  prompt: 4,
  section: 1.5,
  answer: 1,
  mine: 1.5,
  tag: 2
}

export const INDEX_SETTINGS = {
  format: 2,
  // lunr's serialised index is only read back by the same lunr version.
  lunr: lunr.version,
  primaryFields: PRIMARY_FIELDS,
  proseFields: PROSE_FIELDS,
  personalFields: PERSONAL_FIELDS,
  boosts: FIELD_BOOSTS,
  bm25: BM25,
  expansion: EXPANSION_SETTINGS
} as const

/** The texts one catalog entry contributes, in CATALOG_FIELDS order. */
export function catalogDoc(entry: EngineEntry): DocFields {
  return [
    entry.prompt,
    entry.sections.join('\n'),
    entry.answers.map((answer) => answer.markdown).join('\n\n')
  ]
}
