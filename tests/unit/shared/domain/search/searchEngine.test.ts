import { describe, expect, it } from 'vitest'
import {
  decodeCatalogIndex,
  encodeCatalogIndex
} from '../../../../../src/shared/domain/search/catalogCodec'
import { SearchEngine } from '../../../../../src/shared/domain/search/searchEngine'
import type { SearchRequest } from '../../../../../src/shared/ipc/types'
import { DEFAULT_STUDY_STATE } from '../../../../../src/shared/study'
import { makeEntry } from './makeEntry'

const entries = [
  makeEntry('What is a generator in Python?', {
    id: 'gen',
    answers: ['A function that uses `yield` to produce values lazily.'],
    files: ['a.md', 'b.md']
  }),
  makeEntry('What is a decorator?', {
    id: 'dec',
    answers: ['A callable that wraps a function: `@decorator` syntax.']
  }),
  makeEntry('Difference between select_related and prefetch_related?', {
    id: 'orm',
    sections: ['Django ORM'],
    checked: false,
    files: ['django.md']
  }),
  makeEntry('Explain the GIL and threading in CPython', { id: 'gil', checked: true }),
  makeEntry('What is the difference between is vs == in Python?', { id: 'is' }),
  makeEntry('How do generator expressions differ from list comprehensions?', { id: 'genexp' }),
  makeEntry('Explain Flask blueprints', { id: 'flask', sections: ['Flask'] })
]

function ids(engine: SearchEngine, request: SearchRequest | string) {
  const req = typeof request === 'string' ? { query: request } : request
  return engine.query(req).hits.map((hit) => hit.id)
}

describe('SearchEngine', () => {
  const engine = SearchEngine.build(entries)

  it('finds half-typed words and one-letter typos', () => {
    expect(ids(engine, 'generato')[0]).toBe('gen')
    expect(ids(engine, 'decorater')[0]).toBe('dec')
    expect(ids(engine, 'select_rel')[0]).toBe('orm')
    expect(ids(engine, 'threadng')).toContain('gil')
  })

  it('finds symbols as written', () => {
    expect(ids(engine, 'is vs ==')[0]).toBe('is')
    expect(ids(engine, 'prefetch_related')[0]).toBe('orm')
    expect(ids(engine, '@decorator')[0]).toBe('dec')
  })

  it('ranks a match of every word above a match of some', () => {
    expect(ids(engine, 'generator expressions')[0]).toBe('genexp')
  })

  it('breaks score ties by how many sources ask the question', () => {
    const twin = SearchEngine.build([
      makeEntry('Same words here', { id: 'once', files: ['a.md'] }),
      makeEntry('Same words here', { id: 'twice', files: ['a.md', 'b.md'] })
    ])
    expect(ids(twin, 'same words')).toEqual(['twice', 'once'])
  })

  it('applies +must, -exclude and field:term', () => {
    expect(ids(engine, '+generator +comprehensions')).toEqual(['genexp'])
    expect(ids(engine, 'generator -expressions')).toEqual(['gen'])
    expect(ids(engine, 'section:orm')).toEqual(['orm'])
    expect(ids(engine, 'answer:yield')).toEqual(['gen'])
    expect(ids(engine, 'prompt:yield')).toEqual([])
  })

  it('filters hits by quoted phrases', () => {
    expect(ids(engine, '"list comprehensions"')).toEqual(['genexp'])
    expect(ids(engine, '"comprehensions list"')).toEqual([])
    expect(ids(engine, 'generator -"generator expressions"')).toEqual(['gen'])
  })

  it('falls back to a plain search on malformed syntax, never throwing', () => {
    for (const query of ['foo:', '*', '~', '"', 'gil "thread', '+', '-', '(((', ':::', '\u0000'])
      expect(() => engine.query({ query })).not.toThrow()
    const response = engine.query({ query: '"gil threading' })
    expect(response.fallback).toBe(true)
    expect(response.hits[0]!.id).toBe('gil')
  })

  it('combines filters with text and lists the filtered set for an empty query', () => {
    expect(ids(engine, { query: 'difference', filters: { sections: ['Django ORM'] } })).toEqual([
      'orm'
    ])
    expect(ids(engine, { query: '', filters: { checked: true } })).toEqual(['gil'])
    expect(ids(engine, { query: '', filters: { checked: false } })).toEqual(['orm'])
    expect(ids(engine, { query: '', filters: { sources: ['django.md'] } })).toEqual(['orm'])
    expect(ids(engine, { query: '', filters: { sources: [] } })).toEqual([])
    expect(engine.query({ query: '' }).total).toBe(entries.length)
  })

  it('pages with limit and offset', () => {
    const all = ids(engine, { query: '', limit: 100 })
    expect(ids(engine, { query: '', limit: 2, offset: 3 })).toEqual(all.slice(3, 5))
  })

  it('returns match ranges in the prompt and answers', () => {
    const hit = engine.query({ query: 'yield generato' }).hits[0]!
    expect(hit.id).toBe('gen')
    const [start, length] = hit.matches['prompt']![0]!
    expect(hit.prompt.slice(start, start + length)).toBe('generator')
    const [aStart, aLength] = hit.matches['answer:0']![0]!
    expect(entries[0]!.answers[0]!.markdown.slice(aStart, aStart + aLength)).toBe('yield')
  })

  it("computes only the prompt's ranges when asked for ranges: 'prompt'", () => {
    const engine = SearchEngine.build(entries)
    engine.setNote('gen', 'My generator answer mentions yield too.')
    const all = engine.query({ query: 'yield generato' })
    const prompt = engine.query({ query: 'yield generato', ranges: 'prompt' })
    // Same hits in the same order, same prompt ranges; nothing else computed.
    expect(prompt.hits.map((h) => [h.id, h.score])).toEqual(all.hits.map((h) => [h.id, h.score]))
    expect(Object.keys(all.hits[0]!.matches).sort()).toEqual(['answer:0', 'mine', 'prompt'])
    expect(Object.keys(prompt.hits[0]!.matches)).toEqual(['prompt'])
    expect(prompt.hits[0]!.matches['prompt']).toEqual(all.hits[0]!.matches['prompt'])
  })
})

describe('SearchEngine personal data', () => {
  it('searches an edited answer at once, and forgets a cleared one', () => {
    const engine = SearchEngine.build(entries)
    expect(ids(engine, 'mine:walrus')).toEqual([])
    engine.setNote('flask', 'I would mention the walrus operator here.')
    expect(ids(engine, 'walrus')).toEqual(['flask'])
    expect(engine.query({ query: 'walrus' }).hits[0]!.matches['mine']).toHaveLength(1)
    expect(ids(engine, { query: '', filters: { answered: true } })).toEqual(['flask'])
    engine.setNote('flask', '  ')
    expect(ids(engine, 'walrus')).toEqual([])
    expect(ids(engine, { query: '', filters: { answered: true } })).toEqual([])
  })

  it('filters by status and favourite and searches tags', () => {
    const engine = SearchEngine.build(entries)
    engine.setStudy('dec', { ...DEFAULT_STUDY_STATE, status: 'confident', tags: ['onsite'] })
    engine.setStudy('gil', { ...DEFAULT_STUDY_STATE, favourite: true })
    expect(ids(engine, { query: '', filters: { status: ['confident'] } })).toEqual(['dec'])
    expect(ids(engine, { query: '', filters: { favourite: true } })).toEqual(['gil'])
    expect(ids(engine, 'tag:onsite')).toEqual(['dec'])
    const hit = engine.query({ query: 'decorator' }).hits[0]!
    expect([hit.status, hit.favourite]).toEqual(['confident', false])
  })
})

describe('SearchEngine over lunr and the prose postings', () => {
  const mixed = [
    makeEntry('Explain the event loop', {
      id: 'loop',
      answers: ['Coroutines run on the loop; coroutines yield; many coroutines share it.']
    }),
    makeEntry('How do coroutines work?', { id: 'co', answers: ['They suspend at await.'] }),
    makeEntry('What are *args and **kwargs?', { id: 'args' })
  ]
  const built = SearchEngine.build(mixed)

  it('ranks a prompt match (lunr) above an answer-only match (prose postings)', () => {
    expect(ids(built, 'coroutines')).toEqual(['co', 'loop'])
    expect(ids(built, 'answer:coroutines')).toEqual(['loop'])
    expect(ids(built, 'prompt:coroutines')).toEqual(['co'])
  })

  it('answers the same after a round trip through the cache format', () => {
    const bytes = encodeCatalogIndex(built.index)
    const warm = SearchEngine.fromIndex(mixed, decodeCatalogIndex(bytes))
    for (const query of ['coroutines', 'corou', 'coroutnes loop', '**kwargs', '*args', '-loop co'])
      expect(warm.query({ query }).hits).toEqual(built.query({ query }).hits)
  })
})
