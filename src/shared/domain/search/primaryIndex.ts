/**
 * The lunr side of the catalog index: prompts and sections in a `lunr.Index` built with our
 * symbol-aware tokenizer and no pipeline (terms stay as written, so `generato` and `__init__`
 * never fall through the stemmer; stem variants come from vocabulary expansion instead).
 */
import lunr from 'lunr'
import type { EngineEntry } from './engineEntry'
import { FIELD_BOOSTS, PRIMARY_FIELDS } from './indexSettings'
import { compareCodeUnits, suffixOrder } from './invertedIndex'
import { BM25 } from './scoreBoard'
import { forEachTerm } from './tokenize'
import type { Lexicon } from './vocabulary'

/**
 * lunr reads `*` in a query term as a wildcard, so `**kwargs` would match every `…kwargs`.
 * Indexed and queried terms carry U+2217 (∗) instead; the rest of the engine sees `*`.
 */
const STAR = /\*/g
const LUNR_STAR = /\u2217/g

/** Our term as lunr stores it. */
export function toLunrTerm(term: string): string {
  return term.includes('*') ? term.replace(STAR, '\u2217') : term
}

/** lunr's stored term as ours. */
export function fromLunrTerm(term: string): string {
  return term.includes('\u2217') ? term.replace(LUNR_STAR, '*') : term
}

/** Our tokenizer in lunr's shape: every term, symbol parts included, as lunr.Tokens. */
function tokenizeForLunr(text?: unknown): lunr.Token[] {
  const tokens: lunr.Token[] = []
  if (typeof text !== 'string' || !text) return tokens
  forEachTerm(text, (term) => tokens.push(new lunr.Token(toLunrTerm(term), {})))
  return tokens
}

/** Progress callback during long builds: docs done so far out of the total. */
export type PrimaryProgress = (done: number, total: number) => void

const PROGRESS_EVERY = 2000

/** Builds the lunr index over prompts and sections; refs are catalog doc numbers. */
export function buildPrimaryIndex(
  entries: readonly EngineEntry[],
  onProgress?: PrimaryProgress
): lunr.Index {
  const builder = new lunr.Builder()
  builder.ref('ref')
  for (const field of PRIMARY_FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] ?? 1 })
  builder.tokenizer = tokenizeForLunr as typeof lunr.tokenizer
  builder.k1(BM25.k1)
  builder.b(BM25.b)
  // No positions: highlighting re-tokenizes the few hits shown, and positions would double
  // the per-posting cost.
  builder.metadataWhitelist = []
  entries.forEach((entry, doc) => {
    builder.add({ ref: String(doc), prompt: entry.prompt, section: entry.sections.join('\n') })
    if (onProgress && (doc + 1) % PROGRESS_EVERY === 0) onProgress(doc + 1, entries.length)
  })
  return shareEmptyMetadata(builder.build())
}

/** The one empty metadata object every posting shares (no metadata is kept). */
export const NO_METADATA = Object.freeze(Object.create(null) as Record<string, unknown>)

/**
 * With no metadata kept, lunr still stores one empty dictionary object per posting (~150
 * bytes each: ~90 MB at 50,000 questions). Queries only read them, so one shared empty object
 * serves every posting. Returns `index`.
 */
export function shareEmptyMetadata(index: lunr.Index): lunr.Index {
  const postings = (index as unknown as { invertedIndex: LunrPostings }).invertedIndex
  for (const term in postings) {
    const posting = postings[term]!
    for (const field of PRIMARY_FIELDS) {
      const docs = posting[field]
      for (const ref in docs) docs[ref] = NO_METADATA
    }
  }
  return index
}

/** lunr's postings: term → field → doc ref → metadata (plus lunr's own `_index`). */
type LunrPostings = Record<string, Record<string, Record<string, unknown>>>

/** Document frequencies known when the index was loaded (primaryCodec), by lunr term. */
const knownFrequencies = new WeakMap<lunr.Index, Map<string, number>>()

/** Records `index`'s document frequencies (lunr term → documents), so none is counted again. */
export function rememberDocFrequencies(index: lunr.Index, dfs: Map<string, number>): void {
  knownFrequencies.set(index, dfs)
}

/** The vocabulary of a lunr index, for expansion. */
export function primaryLexicon(index: lunr.Index): Lexicon {
  const postings = (index as unknown as { invertedIndex: LunrPostings }).invertedIndex
  const terms = Object.keys(postings).map(fromLunrTerm).sort(compareCodeUnits)
  const known = knownFrequencies.get(index)
  // Counted once up front (~0.1 s at 50,000 questions): queries look them up constantly.
  // Object.keys, not for…in: doc refs are integer keys, which for…in walks slowly.
  const dfs = Uint32Array.from(terms, (term) => {
    const lunrTerm = toLunrTerm(term)
    const df = known?.get(lunrTerm)
    if (df !== undefined) return df
    const posting = postings[lunrTerm]!
    let count = 0
    for (const field of PRIMARY_FIELDS) count += Object.keys(posting[field] ?? {}).length
    return count
  })
  return { terms, bySuffix: suffixOrder(terms), docFrequency: (t) => dfs[t]! }
}
