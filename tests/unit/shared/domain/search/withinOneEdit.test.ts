import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { withinOneEdit } from '../../../../../src/shared/domain/search/withinOneEdit'

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

describe('withinOneEdit', () => {
  it('accepts the four kinds of typo', () => {
    expect(withinOneEdit('decorater', 'decorator')).toBe(true)
    expect(withinOneEdit('middlware', 'middleware')).toBe(true)
    expect(withinOneEdit('generatorr', 'generator')).toBe(true)
    expect(withinOneEdit('gnerator', 'generator')).toBe(true)
    expect(withinOneEdit('gneerater', 'generator')).toBe(false)
  })

  it('agrees with the reference distance', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 })
    fc.assert(fc.property(word, word, (a, b) => withinOneEdit(a, b) === distance(a, b) <= 1))
  })
})
