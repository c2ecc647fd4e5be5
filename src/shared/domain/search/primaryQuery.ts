/**
 * Queries against the lunr index, one per query word: the concrete terms our vocabulary chose
 * for that word (never lunr's `*` or `~`, which scan the whole token set) go through
 * `index.query`, and lunr's scores and matchData become that word's score per document.
 * Results are cached per word, so typing the next letter re-queries only the last word.
 */
import type lunr from 'lunr'
import type { ScoreBoard } from './scoreBoard'
import { PRIMARY_FIELDS } from './indexSettings'
import { toLunrTerm } from './primaryIndex'

/** What lunr's public types leave out: its postings and field vectors. */
interface LunrInternals {
  invertedIndex: Record<string, Record<string, Record<string, unknown>> & { _index: number }>
  fieldVectors: Record<string, { elements: number[] }>
}

/**
 * `index.query` allocates several objects per matching posting (~15 µs each): a term in
 * thousands of prompts ("what", "you", and the completions of a lone "w") costs hundreds of
 * ms at 50,000 questions. Terms in more documents than this are scored by reading lunr's own
 * postings and field vectors instead: the same BM25 weights, ~40× faster.
 */
export const DIRECT_MIN_DOCS = 400

/** One indexed term a query word stands for, and its expansion weight. */
export interface WeightedTerm {
  term: string
  weight: number
  /** Documents holding the term in the primary fields. */
  docs: number
}

/** One word's hits: catalog doc numbers and scores. */
interface WordHits {
  docs: Uint32Array
  scores: Float64Array
}

const NO_ELEMENTS: number[] = []
const EMPTY: WordHits = { docs: new Uint32Array(0), scores: new Float64Array(0) }

/** Cached words' hits may hold this many documents in all (12 bytes each, ≤ 12 MB). */
const CACHE_DOCS = 1_000_000

export class PrimaryScorer {
  private readonly cache = new Map<string, WordHits>()
  private cachedDocs = 0
  private readonly vectors = new Map<string, number[][]>()
  private readonly internals: LunrInternals

  /** Per document, the best score of the word's common variants (scratch, kept zeroed). */
  private readonly direct: Float64Array
  private readonly directFields: Float64Array

  constructor(
    private readonly index: lunr.Index,
    docCount: number,
    private readonly directMinDocs = DIRECT_MIN_DOCS
  ) {
    this.internals = index as unknown as LunrInternals
    this.direct = new Float64Array(docCount)
    this.directFields = new Float64Array(docCount)
    // Field vectors by field and doc number, so the direct path does no string lookups.
    const { fieldVectors } = this.internals
    for (const field of PRIMARY_FIELDS) {
      const byDoc = new Array<number[]>(docCount)
      for (let doc = 0; doc < docCount; doc++)
        byDoc[doc] = fieldVectors[`${field}/${doc}`]?.elements ?? NO_ELEMENTS
      this.vectors.set(field, byDoc)
    }
  }

  /** Scores one query word (its expansions in `fields`) and adds it to `board` under `bit`. */
  score(terms: WeightedTerm[], fields: readonly string[], bit: number, board: ScoreBoard): void {
    if (terms.length === 0 || fields.length === 0) return
    const key = `${fields.join(',')}\u0000${terms.map((t) => `${t.term}\u0001${t.weight}`).join('\u0000')}`
    let hits = this.cache.get(key)
    if (hits) {
      // Most recently used last: re-insert.
      this.cache.delete(key)
    } else {
      hits = this.query(terms, fields)
      this.cachedDocs += hits.docs.length
      for (const [oldKey, old] of this.cache) {
        if (this.cachedDocs <= CACHE_DOCS) break
        this.cache.delete(oldKey)
        this.cachedDocs -= old.docs.length
      }
    }
    this.cache.set(key, hits)
    const { docs, scores } = hits
    for (let i = 0; i < docs.length; i++) board.addScore(docs[i]!, scores[i]!, bit)
  }

  private query(terms: WeightedTerm[], fields: readonly string[]): WordHits {
    const weights = new Map<string, number>()
    const common = new Map<string, number>()
    for (const { term, weight, docs } of terms)
      (docs > this.directMinDocs ? common : weights).set(toLunrTerm(term), weight)
    const selective = weights.size > 0 ? this.lunrQuery(weights, fields) : EMPTY
    return common.size > 0 ? this.mergeDirect(selective, common, fields) : selective
  }

  /**
   * Scores `common` terms straight from lunr's postings (per field the best variant, summed
   * over fields) and merges them with the selective hits, keeping the better score per doc.
   */
  private mergeDirect(
    selective: WordHits,
    common: Map<string, number>,
    fields: readonly string[]
  ): WordHits {
    const { direct, directFields } = this
    const touched: number[] = []
    for (const field of fields) {
      const fieldTouched: number[] = []
      const byDoc = this.vectors.get(field) ?? []
      for (const [term, weight] of common) {
        const posting = this.internals.invertedIndex[term]
        const termIndex = posting?._index ?? -1
        for (const ref in posting?.[field]) {
          const doc = Number(ref)
          const value = weight * weightOf(byDoc[doc] ?? [], termIndex)
          if (directFields[doc] === 0) fieldTouched.push(doc)
          if (value > directFields[doc]!) directFields[doc] = value
        }
      }
      for (const doc of fieldTouched) {
        if (direct[doc] === 0) touched.push(doc)
        direct[doc]! += directFields[doc]!
        directFields[doc] = 0
      }
    }
    for (let i = 0; i < selective.docs.length; i++) {
      const doc = selective.docs[i]!
      if (direct[doc] === 0) touched.push(doc)
      direct[doc] = Math.max(direct[doc]!, selective.scores[i]!)
    }
    const docs = Uint32Array.from(touched)
    const scores = new Float64Array(docs.length)
    docs.forEach((doc, i) => {
      scores[i] = direct[doc]!
      direct[doc] = 0
    })
    return { docs, scores }
  }

  private lunrQuery(weights: Map<string, number>, fields: readonly string[]): WordHits {
    const hits = this.index.query((query) => {
      for (const [term, boost] of weights)
        query.term(term, { fields: [...fields], boost, usePipeline: false })
    })
    // lunr divides each field's dot product by the query vector's length (the same for every
    // field here); undo it so the score is plain BM25 × boosts, the prose postings' scale.
    let squares = 0
    for (const boost of weights.values()) squares += boost * boost
    const length = Math.sqrt(squares)
    const docs = new Uint32Array(hits.length)
    const scores = new Float64Array(hits.length)
    hits.forEach((hit, i) => {
      docs[i] = Number(hit.ref)
      let matched = 0
      for (const term in hit.matchData.metadata) if (term) matched++
      // lunr sums every matched term; when the word matched several of its variants
      // (`decorator` and `decorated` for "decorater") only the best counts, as in the prose.
      scores[i] = matched > 1 ? this.bestVariant(hit, weights) : hit.score * length
    })
    return { docs, scores }
  }

  /** Per field, the best matched variant: expansion weight × lunr's field weight; summed. */
  private bestVariant(hit: lunr.Index.Result, weights: Map<string, number>): number {
    const best = new Map<string, number>()
    const metadata = hit.matchData.metadata as Record<string, Record<string, unknown>>
    for (const term in metadata) {
      const termIndex = this.internals.invertedIndex[term]?._index ?? -1
      for (const field in metadata[term]) {
        const vector = this.vectors.get(field)?.[Number(hit.ref)] ?? []
        const value = (weights.get(term) ?? 0) * weightOf(vector, termIndex)
        best.set(field, Math.max(best.get(field) ?? 0, value))
      }
    }
    let sum = 0
    for (const value of best.values()) sum += value
    return sum
  }
}

/** The value stored for `termIndex` in lunr's flat [index, value, ...] vector (0 if absent). */
function weightOf(elements: number[], termIndex: number): number {
  let lo = 0
  let hi = elements.length / 2
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const at = elements[mid * 2]!
    if (at === termIndex) return elements[mid * 2 + 1]!
    if (at < termIndex) lo = mid + 1
    else hi = mid
  }
  return 0
}

/** Catalog doc numbers of the documents holding any of `terms` in `fields`. */
export function primaryDocs(
  index: lunr.Index,
  terms: readonly string[],
  fields: readonly string[],
  into: Set<number>
): void {
  if (terms.length === 0 || fields.length === 0) return
  const hits = index.query((query) => {
    for (const term of terms)
      query.term(toLunrTerm(term), { fields: [...fields], usePipeline: false })
  })
  for (const hit of hits) into.add(Number(hit.ref))
}
