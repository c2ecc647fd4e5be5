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

/** Progress callback during long builds: docs done so far out of the total. */
export type PrimaryProgress = (done: number, total: number) => void

const PROGRESS_EVERY = 2000

/** Builds the lunr index over prompts and sections; refs are catalog doc numbers. */
export function buildPrimaryIndex(
  entries: readonly EngineEntry[],
  onProgress?: PrimaryProgress
): lunr.Index {
  return buildLunrIndex(
    entries.map((entry) => [entry.prompt, entry.sections.join('\n')]),
    onProgress
  )
}

/**
 * The very index `lunr.Builder` makes of `docs` (ref = position, the fields PRIMARY_FIELDS with
 * FIELD_BOOSTS, our tokenizer, no pipeline, no metadata, BM25), built without it: the Builder
 * keeps a string-keyed object per field and document and a Token object per term, which cost
 * about 6 s at 50,000 questions against a second here. Same term numbering (first seen), same
 * postings, same field vectors to the bit (the same arithmetic in the same order), same token
 * set: `tests/unit/shared/domain/search/primaryIndex.test.ts` compares the two.
 */
export function buildLunrIndex(
  docs: ReadonlyArray<readonly string[]>,
  onProgress?: PrimaryProgress
): lunr.Index {
  const fields = [...PRIMARY_FIELDS]
  const termIds = new Map<string, number>()
  const terms: string[] = []
  // Per term and field, the documents holding it (ascending: documents come in order).
  const postings: number[][][] = []
  // Per field, per document: the term ids and their frequencies, in first-seen order.
  const lengths = fields.map(() => new Float64Array(docs.length))
  const frequencies = fields.map(() => new Array<Map<number, number>>(docs.length))
  docs.forEach((doc, d) => {
    fields.forEach((_, f) => {
      const counts = new Map<number, number>()
      let length = 0
      const text = doc[f]
      if (text)
        forEachTerm(text, (term) => {
          length++
          const key = toLunrTerm(term)
          let id = termIds.get(key)
          if (id === undefined) {
            id = terms.push(key) - 1
            termIds.set(key, id)
            postings.push(fields.map(() => []))
          }
          const seen = counts.get(id)
          if (seen === undefined) postings[id]![f]!.push(d)
          counts.set(id, (seen ?? 0) + 1)
        })
      lengths[f]![d] = length
      frequencies[f]![d] = counts
    })
    if (onProgress && (d + 1) % PROGRESS_EVERY === 0) onProgress(d + 1, docs.length)
  })
  const docCount = docs.length
  const idf = Float64Array.from(postings, (byField) => {
    let withTerm = 0
    for (const list of byField) withTerm += list.length
    const x = (docCount - withTerm + 0.5) / (withTerm + 0.5)
    return Math.log(1 + Math.abs(x))
  })
  const { k1, b } = BM25
  const averages = lengths.map((perDoc) => {
    let sum = 0
    for (const length of perDoc) sum += length
    return sum / docCount
  })
  // Document by document, field by field: the Builder's order, which toJSON() keeps.
  const fieldVectors: Record<string, lunr.Vector> = {}
  for (let d = 0; d < docCount; d++) {
    fields.forEach((field, f) => {
      const boost = FIELD_BOOSTS[field] || 1
      const fieldLength = lengths[f]![d]!
      const counts = frequencies[f]![d]!
      const ids = [...counts.keys()].sort((x, y) => x - y)
      const elements: number[] = []
      for (const id of ids) {
        const tf = counts.get(id)!
        // lunr's expression, term for term, so the rounding lands where lunr's does.
        let score =
          (idf[id]! * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (fieldLength / averages[f]!)) + tf)
        score *= boost
        elements.push(id, Math.round(score * 1000) / 1000)
      }
      fieldVectors[`${field}/${d}`] = new lunr.Vector(elements)
    })
  }
  const invertedIndex = Object.create(null) as Record<string, unknown>
  const dfs = new Map<string, number>()
  terms.forEach((term, id) => {
    const posting = Object.create(null) as Record<string, unknown>
    posting['_index'] = id
    let df = 0
    fields.forEach((field, f) => {
      const refs = Object.create(null) as Record<string, unknown>
      for (const d of postings[id]![f]!) refs[d] = NO_METADATA
      df += postings[id]![f]!.length
      posting[field] = refs
    })
    invertedIndex[term] = posting
    dfs.set(term, df)
  })
  const index = new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet: (lunr.TokenSet as unknown as { fromArray(a: string[]): lunr.TokenSet }).fromArray(
      [...terms].sort()
    ),
    fields,
    pipeline: new lunr.Pipeline()
  } as unknown as lunr.Index.Attributes)
  rememberDocFrequencies(index, dfs)
  return index
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
