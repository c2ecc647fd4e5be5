/**
 * Score accumulation for one query: BM25 over the compact postings, summed per document in
 * flat typed arrays (no object per match), with a bit per query clause recording which
 * clauses a document matched (for `+must` and for preferring documents that match every word).
 */
import type { FieldPostings } from './invertedIndex'

export const BM25 = { k1: 1.2, b: 0.75 } as const

/** Reusable per-document accumulators, sized to the catalog. */
export class ScoreBoard {
  readonly scores: Float64Array
  readonly masks: Uint32Array
  /** Documents with a non-zero mask, in first-touched order: touched[0 .. touchedCount). */
  readonly touched: Uint32Array
  touchedCount = 0
  /** Best value per document for the field being scored, across a clause's expansions. */
  private readonly best: Float64Array
  private readonly pending: Uint32Array
  private pendingCount = 0

  constructor(readonly size: number) {
    this.scores = new Float64Array(size)
    this.masks = new Uint32Array(size)
    this.touched = new Uint32Array(size)
    this.best = new Float64Array(size)
    this.pending = new Uint32Array(size)
  }

  /** Forgets the previous query (only the touched slots are cleared). */
  clear(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const doc = this.touched[i]!
      this.scores[doc] = 0
      this.masks[doc] = 0
    }
    this.touchedCount = 0
  }

  /**
   * Adds one term's postings in one field. `weight` folds in the field boost and the
   * expansion weight; `docMap` maps a small index's local doc numbers to catalog numbers, and
   * `dropped` marks local docs to skip (an answer re-indexed elsewhere since).
   */
  addTerm(
    field: FieldPostings,
    term: number,
    weight: number,
    totalDocs: number,
    docMap?: Uint32Array,
    dropped?: Uint8Array
  ): void {
    const from = field.offsets[term]!
    const to = field.offsets[term + 1]!
    const df = to - from
    if (df === 0) return
    const idf = Math.log(1 + (totalDocs - df + 0.5) / (df + 0.5))
    const scale = weight * idf * (BM25.k1 + 1)
    const base = BM25.k1 * (1 - BM25.b)
    const norm = (BM25.k1 * BM25.b) / (field.avgLength || 1)
    const { docs, tfs, lengths } = field
    const { best, pending } = this
    let count = this.pendingCount
    for (let p = from; p < to; p++) {
      const local = docs[p]!
      if (dropped !== undefined && dropped[local] === 1) continue
      const doc = docMap ? docMap[local]! : local
      const tf = tfs[p]!
      const value = (scale * tf) / (tf + base + norm * lengths[local]!)
      const previous = best[doc]!
      if (previous === 0) pending[count++] = doc
      // Within one clause and field keep the best expansion, so a word's variants don't add up.
      if (value > previous) best[doc] = value
    }
    this.pendingCount = count
  }

  /** Ends one field of one clause: its best values count, and the clause's bit is set. */
  commitField(bit: number): void {
    const { best, pending, scores, masks, touched } = this
    let touchedCount = this.touchedCount
    for (let i = 0; i < this.pendingCount; i++) {
      const doc = pending[i]!
      if (masks[doc] === 0) touched[touchedCount++] = doc
      masks[doc]! |= bit
      scores[doc]! += best[doc]!
      best[doc] = 0
    }
    this.touchedCount = touchedCount
    this.pendingCount = 0
  }

  /** Adds a score computed elsewhere (lunr's) and the clause bits it covers. */
  addScore(doc: number, value: number, mask: number): void {
    if (this.masks[doc] === 0) this.touched[this.touchedCount++] = doc
    this.masks[doc]! |= mask
    this.scores[doc]! += value
  }

  /** Marks every document containing `term` (for exclusions), without scoring. */
  collect(
    field: FieldPostings,
    term: number,
    into: Set<number>,
    docMap?: Uint32Array,
    dropped?: Uint8Array
  ): void {
    const to = field.offsets[term + 1]!
    for (let p = field.offsets[term]!; p < to; p++) {
      const local = field.docs[p]!
      if (dropped !== undefined && dropped[local] === 1) continue
      into.add(docMap ? docMap[local]! : local)
    }
  }
}
