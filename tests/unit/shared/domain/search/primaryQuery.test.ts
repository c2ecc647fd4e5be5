import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { buildCatalogIndex } from '../../../../../src/shared/domain/search/catalogIndex'
import { PrimaryScorer, primaryDocs } from '../../../../../src/shared/domain/search/primaryQuery'
import { primaryLexicon } from '../../../../../src/shared/domain/search/primaryIndex'
import { ScoreBoard } from '../../../../../src/shared/domain/search/scoreBoard'
import { makeEntry } from './makeEntry'

const entries = [
  makeEntry('What is a decorator?'),
  makeEntry('Decorator that counts how often a function is decorated'),
  makeEntry('What are *args and **kwargs?'),
  makeEntry('Pass kwargs to a decorator', { sections: ['Functions'] }),
  makeEntry('What is a generator?', { sections: ['Decorators and generators'] })
]
const { primary } = buildCatalogIndex(entries)
const lexicon = primaryLexicon(primary)

/** The word `terms` (each with weight) scored by `scorer`, as doc → score. */
function scores(
  scorer: PrimaryScorer,
  terms: Array<[string, number]>,
  fields = ['prompt', 'section']
) {
  const board = new ScoreBoard(entries.length)
  const weighted = terms.map(([term, weight]) => ({
    term,
    weight,
    docs: lexicon.docFrequency(lexicon.terms.indexOf(term))
  }))
  scorer.score(weighted, fields, 1, board)
  const out = new Map<number, number>()
  for (let i = 0; i < board.touchedCount; i++) {
    const doc = board.touched[i]!
    out.set(doc, board.scores[doc]!)
  }
  return out
}

describe('PrimaryScorer', () => {
  it('builds a real lunr index with our symbol terms', () => {
    expect(primary).toBeInstanceOf(lunr.Index)
    expect(lexicon.terms).toEqual(expect.arrayContaining(['**kwargs', '*args', 'kwargs', 'args']))
  })

  it('scores common terms from lunr postings exactly as index.query does', () => {
    const viaQuery = scores(new PrimaryScorer(primary, entries.length, Infinity), [
      ['decorator', 1],
      ['decorated', 0.6],
      ['what', 0.4]
    ])
    const direct = scores(new PrimaryScorer(primary, entries.length, 0), [
      ['decorator', 1],
      ['decorated', 0.6],
      ['what', 0.4]
    ])
    expect(viaQuery.size).toBeGreaterThan(2)
    expect([...direct.keys()].sort()).toEqual([...viaQuery.keys()].sort())
    for (const [doc, score] of viaQuery) expect(direct.get(doc)).toBeCloseTo(score, 9)
  })

  it('counts the best variant of a word per field, not the sum of its variants', () => {
    const scorer = new PrimaryScorer(primary, entries.length, Infinity)
    const both = scores(scorer, [
      ['decorator', 1],
      ['decorated', 0.6]
    ]).get(1)!
    const exact = scores(scorer, [['decorator', 1]]).get(1)!
    const variant = scores(scorer, [['decorated', 0.6]]).get(1)!
    expect(both).toBeCloseTo(Math.max(exact, variant), 9)
    expect(both).toBeLessThan(exact + variant)
  })

  it('keeps field restrictions', () => {
    const scorer = new PrimaryScorer(primary, entries.length)
    expect([...scores(scorer, [['decorators', 1]], ['section']).keys()]).toEqual([4])
    expect(scores(scorer, [['decorators', 1]], ['prompt']).size).toBe(0)
  })
})

describe('primaryDocs', () => {
  it('treats * in a symbol as a letter, not as lunr wildcard', () => {
    const found = new Set<number>()
    primaryDocs(primary, ['*args'], ['prompt'], found)
    expect([...found]).toEqual([2])
    const kwargs = new Set<number>()
    primaryDocs(primary, ['kwargs'], ['prompt', 'section'], kwargs)
    expect([...kwargs].sort()).toEqual([2, 3])
  })
})
