/**
 * One numbered list running across sections: `## Lists` over `1.`–`3.`, `## Tuples` over
 * `4.`–`6.`, … An author who keeps counting past a heading is numbering items (exercises,
 * questions), not the steps of one explanation, which restart at 1 in each section. Entries of
 * such a chain are items even when their wording does not ask (`4. **Pairs**: zip two lists`).
 */

import { numberedItem } from './lineShapes'
import type { Doc } from './scanLines'

interface Segment {
  lines: number[]
  first: number
  last: number
  sequential: boolean
}

function compute(doc: Doc): Set<number> {
  const segments: Segment[] = []
  let current: Segment | null = null
  for (const line of doc.lines) {
    if (line.code || line.inert) continue
    if (line.heading) {
      current = null
      continue
    }
    if (line.blank || line.indent > 1) continue
    const item = numberedItem(line.text)
    if (!item) continue
    if (!current) {
      current = { lines: [], first: item.n, last: item.n, sequential: true }
      segments.push(current)
    } else {
      if (item.n !== current.last + 1) current.sequential = false
      current.last = item.n
    }
    current.lines.push(line.index)
  }
  const chained = new Set<number>()
  for (let s = 1; s < segments.length; s++) {
    const prev = segments[s - 1]!
    const seg = segments[s]!
    if (!prev.sequential || !seg.sequential || seg.first <= 1 || seg.first !== prev.last + 1)
      continue
    for (const i of prev.lines) chained.add(i)
    for (const i of seg.lines) chained.add(i)
  }
  return chained
}

const memo = new WeakMap<Doc, Set<number>>()

/** True when the numbered line `index` is an entry of a list numbered across sections. */
export function inNumberChain(doc: Doc, index: number): boolean {
  let chained = memo.get(doc)
  if (!chained) {
    chained = compute(doc)
    memo.set(doc, chained)
  }
  return chained.has(index)
}
