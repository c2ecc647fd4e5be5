/**
 * Links related but different questions ("What is GIL?" ↔ "Why GIL? How is thread management
 * done in python?") through an inverted index of distinctive terms. Each entry looks only at a
 * bounded slice of each of its terms' posting lists, so 50,000 entries link in linear time,
 * never O(n²).
 */
import type { CatalogEntry } from '../types'
import { distinctiveTerms } from './distinctiveTerms'

export interface LinkOptions {
  /** Most related links per entry. */
  maxRelated?: number
  /** Share of the smaller entry's term weight that must be shared to count as related. */
  minOverlap?: number
  /** Entries looked at per term of an entry: bounds the work for very common terms. */
  scanPerTerm?: number
}

const DEFAULTS = { maxRelated: 8, minOverlap: 0.5, scanPerTerm: 64 }

interface Edge {
  from: number
  to: number
  score: number
}

// Flat (CSR) arrays: the terms of entry i are termIds[termStart[i] .. termStart[i + 1]), the
// entries of term t are postings[postingStart[t] .. postingStart[t + 1]). Scanning them touches
// contiguous memory, which is most of the speed at 50,000 entries.
interface TermIndex {
  termStart: Int32Array
  termIds: Int32Array
  /** Entry indexes per term, shortest entries (least total weight) first. */
  postingStart: Int32Array
  postings: Int32Array
  weightOf: Float64Array
  totalWeight: Float64Array
}

/**
 * Fills `related` on every entry (both directions, at most `maxRelated` each, best first).
 * Two entries are related when the terms they share carry at least `minOverlap` of the smaller
 * one's weight; a term weighs its inverse document frequency, so sharing "gil" counts for more
 * than sharing "function". Candidates come from the first `scanPerTerm` entries of each posting
 * list, ordered shortest first: short questions ("What is decorator?") are the ones that
 * relate to many, and long ones are still found through their rarer terms.
 */
export function linkRelated(entries: CatalogEntry[], options: LinkOptions = {}): void {
  applyRelated(
    entries,
    relatedPairs(
      entries.map((entry) => entry.key),
      options
    )
  )
}

/**
 * The links linkRelated makes for entries with these merge keys, as flat `[from, to, ...]`
 * entry indexes in the order they are made: plain numbers, so a worker thread can compute them
 * for the main thread (a typed array crosses without a copy).
 */
export function relatedPairs(keys: readonly string[], options: LinkOptions = {}): Int32Array {
  const { maxRelated, minOverlap, scanPerTerm } = { ...DEFAULTS, ...options }
  if (keys.length < 2 || maxRelated <= 0) return new Int32Array(0)

  const index = indexTerms(keys)
  const edges = collectEdges(index, { minOverlap, scanPerTerm, perEntry: maxRelated })
  // Strongest pairs first; an entry stops taking links once it has maxRelated. This keeps the
  // links symmetric and bounded even for hub-like entries.
  edges.sort(byStrength)
  const degree = new Int32Array(keys.length)
  const linked = new Set<number>()
  const pairs: number[] = []
  for (const { from, to } of edges) {
    if (degree[from]! >= maxRelated || degree[to]! >= maxRelated) continue
    // A pair found from both of its ends appears twice; link it once.
    const pair = from * keys.length + to
    if (linked.has(pair)) continue
    linked.add(pair)
    degree[from]!++
    degree[to]!++
    pairs.push(from, to)
  }
  return Int32Array.from(pairs)
}

/** Sets `related` on every entry from relatedPairs over the same entries (both directions). */
export function applyRelated(entries: readonly CatalogEntry[], pairs: Int32Array): void {
  for (const entry of entries) entry.related = []
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const from = entries[pairs[k]!]
    const to = entries[pairs[k + 1]!]
    if (!from || !to) throw new Error('related pairs do not fit these entries')
    from.related.push(to.id)
    to.related.push(from.id)
  }
}

// Ties go to entries written close together: neighbours in a document tend to be on one topic,
// and it spreads links instead of filling the first entries' quotas.
function byStrength(a: Edge, b: Edge): number {
  return b.score - a.score || a.to - a.from - (b.to - b.from) || a.from - b.from
}

function indexTerms(keys: readonly string[]): TermIndex {
  const n = keys.length
  const idOf = new Map<string, number>()
  const termStart = new Int32Array(n + 1)
  const ids: number[] = []
  const df: number[] = []
  keys.forEach((key, i) => {
    for (const term of distinctiveTerms(key)) {
      let id = idOf.get(term)
      if (id === undefined) {
        id = df.length
        idOf.set(term, id)
        df.push(0)
      }
      df[id]!++
      ids.push(id)
    }
    termStart[i + 1] = ids.length
  })
  const termIds = Int32Array.from(ids)
  const weightOf = Float64Array.from(df, (count) => Math.log(1 + n / count))
  const totalWeight = new Float64Array(n)
  const postingStart = new Int32Array(df.length + 1)
  for (let t = 0; t < df.length; t++) postingStart[t + 1] = postingStart[t]! + df[t]!
  const fill = postingStart.slice(0, df.length)
  const postings = new Int32Array(termIds.length)
  for (let i = 0; i < n; i++) {
    for (let k = termStart[i]!; k < termStart[i + 1]!; k++) {
      const t = termIds[k]!
      totalWeight[i] = totalWeight[i]! + weightOf[t]!
      postings[fill[t]!++] = i
    }
  }
  for (let t = 0; t < df.length; t++) {
    const list = postings.subarray(postingStart[t]!, postingStart[t + 1]!)
    if (list.length > 1) list.sort((a, b) => totalWeight[a]! - totalWeight[b]! || a - b)
  }
  return { termStart, termIds, postingStart, postings, weightOf, totalWeight }
}

// For each entry: gather candidates from the head of each posting list, score each exactly
// (its terms against the entry's, through a scratch weight table), keep the best few.
function collectEdges(
  index: TermIndex,
  limits: { minOverlap: number; scanPerTerm: number; perEntry: number }
): Edge[] {
  const { termStart, termIds, postingStart, postings, weightOf, totalWeight } = index
  const n = totalWeight.length
  const ownWeight = new Float64Array(weightOf.length)
  const seen = new Uint8Array(n)
  const touched: number[] = []
  const edges: Edge[] = []
  const best = new TopK(limits.perEntry)
  for (let i = 0; i < n; i++) {
    const ownFrom = termStart[i]!
    const ownTo = termStart[i + 1]!
    const wi = totalWeight[i]!
    if (ownFrom === ownTo || wi === 0) continue
    for (let a = ownFrom; a < ownTo; a++) ownWeight[termIds[a]!] = weightOf[termIds[a]!]!
    seen[i] = 1
    for (let a = ownFrom; a < ownTo; a++) {
      const t = termIds[a]!
      const from = postingStart[t]!
      const end = Math.min(postingStart[t + 1]!, from + limits.scanPerTerm)
      for (let k = from; k < end; k++) {
        const j = postings[k]!
        if (seen[j] === 0) {
          seen[j] = 1
          touched.push(j)
        }
      }
    }
    best.reset(i)
    for (let c = 0; c < touched.length; c++) {
      const j = touched[c]!
      seen[j] = 0
      let shared = 0
      for (let b = termStart[j]!, end = termStart[j + 1]!; b < end; b++) {
        shared += ownWeight[termIds[b]!]!
      }
      const wj = totalWeight[j]!
      if (shared < limits.minOverlap * Math.min(wi, wj)) continue
      const score = shared / Math.sqrt(wi * wj)
      if (best.accepts(score)) best.offer(j, score)
    }
    seen[i] = 0
    touched.length = 0
    for (let a = ownFrom; a < ownTo; a++) ownWeight[termIds[a]!] = 0
    for (let k = 0; k < best.size; k++) {
      const j = best.items[k]!
      edges.push({ from: Math.min(i, j), to: Math.max(i, j), score: best.scores[k]! })
    }
  }
  return edges
}

/** The best `capacity` candidates of one entry, kept sorted by insertion (capacity is small). */
class TopK {
  readonly items: Int32Array
  readonly scores: Float64Array
  size = 0
  private owner = 0

  constructor(private readonly capacity: number) {
    this.items = new Int32Array(capacity)
    this.scores = new Float64Array(capacity)
  }

  /** Empties the list for the next entry. */
  reset(owner: number): void {
    this.owner = owner
    this.size = 0
  }

  /** Cheap pre-check: false when the score cannot enter a full list. */
  accepts(score: number): boolean {
    return this.size < this.capacity || score >= this.scores[this.capacity - 1]!
  }

  offer(item: number, score: number): void {
    let at = this.size
    while (at > 0 && this.before(item, score, this.items[at - 1]!, this.scores[at - 1]!)) at--
    if (at >= this.capacity) return
    const last = Math.min(this.size, this.capacity - 1)
    for (let k = last; k > at; k--) {
      this.items[k] = this.items[k - 1]!
      this.scores[k] = this.scores[k - 1]!
    }
    this.items[at] = item
    this.scores[at] = score
    if (this.size < this.capacity) this.size++
  }

  // Same order as byStrength: higher score, then closer to the owner, then lower index.
  private before(item: number, score: number, other: number, otherScore: number): boolean {
    if (score !== otherScore) return score > otherScore
    const d = Math.abs(item - this.owner)
    const od = Math.abs(other - this.owner)
    return d !== od ? d < od : item < other
  }
}
