import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { allowedEdits, withinEdits } from '../../../../../src/shared/domain/search/withinEdits'

function distance(a: string, b: string): number {
  // Reference optimal-string-alignment distance, quadratic.
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1)
      d[i]![j] = v
    }
  return d[a.length]![b.length]!
}

describe('withinEdits', () => {
  it('counts the four kinds of typo as one edit each', () => {
    expect(withinEdits('decorater', 'decorator', 1)).toBe(true)
    expect(withinEdits('middlware', 'middleware', 1)).toBe(true)
    expect(withinEdits('generatorr', 'generator', 1)).toBe(true)
    expect(withinEdits('gnerator', 'generator', 1)).toBe(true)
    expect(withinEdits('decortaor', 'decorator', 1)).toBe(true)
    expect(withinEdits('gneerater', 'generator', 1)).toBe(false)
    expect(withinEdits('middlewear', 'middleware', 1)).toBe(false)
    expect(withinEdits('middlewear', 'middleware', 2)).toBe(true)
  })

  it('agrees with the reference distance for 0, 1 and 2 edits', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 })
    const max = fc.integer({ min: 0, max: 2 })
    fc.assert(
      fc.property(word, word, max, (a, b, k) => withinEdits(a, b, k) === distance(a, b) <= k),
      { numRuns: 2000 }
    )
  })

  it('allows edits in proportion to the word length', () => {
    expect([3, 4, 5, 8, 9, 10, 14].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2, 2])
  })
})
