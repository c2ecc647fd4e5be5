/** Ordering of search results: score, then how many sources ask the question, then catalog order. */

export interface Ranked {
  doc: number
  score: number
  askedIn: number
}

/** Scores closer than this are a tie (floating-point noise must not beat askedIn). */
const EPSILON = 1e-9

/** Negative when `a` ranks before `b`. */
export function compareRanked(a: Ranked, b: Ranked): number {
  if (Math.abs(a.score - b.score) > EPSILON) return b.score - a.score
  if (a.askedIn !== b.askedIn) return b.askedIn - a.askedIn
  return a.doc - b.doc
}

/**
 * Keeps the best `capacity` results seen so far in a binary heap whose root is the worst kept
 * one, so tens of thousands of candidates cost a comparison each and allocate almost nothing.
 */
export class TopRanked {
  private readonly heap: Ranked[] = []
  /** How many candidates were offered (the total number of matches). */
  count = 0

  constructor(private readonly capacity: number) {}

  offer(doc: number, score: number, askedIn: number): void {
    this.count++
    if (this.capacity <= 0) return
    const { heap } = this
    if (heap.length === this.capacity) {
      const worst = heap[0]!
      // Not better than the worst kept result: skip without allocating.
      if (score < worst.score - EPSILON) return
      if (Math.abs(score - worst.score) <= EPSILON) {
        if (askedIn < worst.askedIn || (askedIn === worst.askedIn && doc > worst.doc)) return
      }
      heap[0] = { doc, score, askedIn }
      this.siftDown(0)
      return
    }
    heap.push({ doc, score, askedIn })
    this.siftUp(heap.length - 1)
  }

  /** The kept results, best first. */
  sorted(): Ranked[] {
    return [...this.heap].sort(compareRanked)
  }

  // Heap order: a parent ranks after (is worse than) its children.
  private worse(i: number, j: number): boolean {
    return compareRanked(this.heap[i]!, this.heap[j]!) > 0
  }

  private swap(i: number, j: number): void {
    const { heap } = this
    ;[heap[i], heap[j]] = [heap[j]!, heap[i]!]
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.worse(i, parent)) return
      this.swap(i, parent)
      i = parent
    }
  }

  private siftDown(i: number): void {
    const n = this.heap.length
    for (;;) {
      const left = 2 * i + 1
      const right = left + 1
      let worst = i
      if (left < n && this.worse(left, worst)) worst = left
      if (right < n && this.worse(right, worst)) worst = right
      if (worst === i) return
      this.swap(i, worst)
      i = worst
    }
  }
}
