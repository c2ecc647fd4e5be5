import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import type { Catalog } from '../../../../../src/shared/domain/types'
import { item } from './helpers'

const prompts = [
  'What is GIL?',
  'Why GIL? How is thread management done in python?',
  'What is decorator?',
  'How to define decorator?',
  'What is generator?',
  'What is the difference between list and tuple?',
  'How to convert dict to json object?',
  'What is MRO?',
  'What is a binary search tree?'
]

const relatedPrompts = (catalog: Catalog, prompt: string): string[] => {
  const byId = new Map(catalog.entries.map((e) => [e.id, e.prompt]))
  const entry = catalog.entries.find((e) => e.prompt === prompt)!
  return entry.related.map((id) => byId.get(id)!)
}

describe('linkRelated', () => {
  const catalog = buildCatalog(prompts.map((p, i) => item(p, 'a.txt', i + 1)))

  it('links related but different questions, without merging them', () => {
    expect(catalog.entries).toHaveLength(prompts.length)
    expect(relatedPrompts(catalog, 'What is GIL?')).toContain(prompts[1])
    expect(relatedPrompts(catalog, 'What is decorator?')).toContain('How to define decorator?')
  })

  it('links both directions', () => {
    const ids = new Map(catalog.entries.map((e) => [e.id, e]))
    for (const entry of catalog.entries) {
      for (const id of entry.related) expect(ids.get(id)!.related).toContain(entry.id)
      expect(entry.related).not.toContain(entry.id)
    }
  })

  it('does not link questions that share no distinctive term', () => {
    expect(relatedPrompts(catalog, 'What is generator?')).toEqual([])
    expect(relatedPrompts(catalog, 'What is GIL?')).not.toContain('What is decorator?')
    expect(relatedPrompts(catalog, 'What is MRO?')).toEqual([])
  })

  it('caps links per entry, keeping them symmetric', () => {
    // 26 distinct prompts with the same distinctive terms: everything relates to everything.
    const letters = 'abcdefghijklmnopqrstuvwxyz'.split('')
    const many = letters.map((l, i) => item(`Decorator chaining ${l}?`, 'b', i))
    const c = buildCatalog(many, { maxRelated: 5 })
    const ids = new Map(c.entries.map((e) => [e.id, e]))
    for (const entry of c.entries) {
      expect(entry.related.length).toBeLessThanOrEqual(5)
      for (const id of entry.related) expect(ids.get(id)!.related).toContain(entry.id)
    }
    expect(c.entries).toHaveLength(26)
    expect(c.entries.every((e) => e.related.length > 0)).toBe(true)
  })

  it('is deterministic', () => {
    const again = buildCatalog(prompts.map((p, i) => item(p, 'z.md', 100 + i)))
    expect(again.entries.map((e) => e.related)).toEqual(catalog.entries.map((e) => e.related))
  })
})

describe('linkRelated on random catalogs', () => {
  const words = [
    'gil',
    'decorator',
    'thread',
    'django',
    'orm',
    'view',
    'list',
    'tuple',
    'yield',
    'mro'
  ]
  it('links are always symmetric, capped, never to self, and only between distinct entries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }), {
          maxLength: 60
        }),
        fc.integer({ min: 1, max: 6 }),
        (prompts, maxRelated) => {
          const c = buildCatalog(
            prompts.map((p, i) => item(`What is ${p.join(' ')}?`, 'f.md', i + 1)),
            { maxRelated }
          )
          const byId = new Map(c.entries.map((e) => [e.id, e]))
          for (const entry of c.entries) {
            expect(entry.related.length).toBeLessThanOrEqual(maxRelated)
            expect(new Set(entry.related).size).toBe(entry.related.length)
            expect(entry.related).not.toContain(entry.id)
            for (const id of entry.related) expect(byId.get(id)!.related).toContain(entry.id)
          }
        }
      ),
      { numRuns: 60 }
    )
  })
})
