import { describe, expect, it } from 'vitest'
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import { catalogStats } from '../../../../../src/shared/domain/catalog/catalogStats'
import {
  NO_SECTION,
  sectionsInSource
} from '../../../../../src/shared/domain/catalog/occurrenceSections'
import type { CatalogEntry } from '../../../../../src/shared/domain/types'
import { item } from './helpers'

const byPrompt = (entries: CatalogEntry[], prompt: string) => {
  const found = entries.find((e) => e.prompt === prompt)
  if (!found) throw new Error(`no entry '${prompt}'`)
  return found
}

describe('buildCatalog: merging', () => {
  const items = [
    item('What is GIL?', '000.txt', 3, { answer: 'Global interpreter lock.', section: 'Python' }),
    item('What is decorator?', '000.txt', 4),
    item('**What is the GIL in Python?**', '003.txt', 10, { section: 'Advanced' }),
    item('what is gil', '001.txt', 7, { answer: 'Global interpreter lock.' }),
    item('What is GIL?', '001.txt', 50, {
      answer: 'One thread runs bytecode at a time.',
      section: 'Python'
    }),
    item('decorator', '002.txt', 20, { kind: 'topic', links: ['https://example.com/d'] }),
    item('What is decorator?', '002.txt', 30, { links: ['https://example.com/d', 'https://x.org'] })
  ]
  const catalog = buildCatalog(items)
  const gil = byPrompt(catalog.entries, '**What is the GIL in Python?**')

  it('merges occurrences of one normalised prompt into one entry, in first-seen order', () => {
    expect(catalog.entries.map((e) => e.key)).toEqual(['gil', 'decorator'])
    expect(catalog.itemCount).toBe(items.length)
  })

  it('keeps every occurrence with its own section and counts distinct files', () => {
    expect(gil.occurrences).toEqual([
      { file: '000.txt', line: 3, section: 'Python' },
      { file: '003.txt', line: 10, section: 'Advanced' },
      { file: '001.txt', line: 7, section: null },
      { file: '001.txt', line: 50, section: 'Python' }
    ])
    expect(gil.askedIn).toBe(3)
  })

  it('keeps each distinct answer once, with its first source', () => {
    expect(gil.answers).toEqual([
      { markdown: 'Global interpreter lock.', source: { file: '000.txt', line: 3 } },
      { markdown: 'One thread runs bytecode at a time.', source: { file: '001.txt', line: 50 } }
    ])
  })

  it('collects sections and links without duplicates', () => {
    expect(gil.sections).toEqual(['Python', 'Advanced'])
    const decorator = catalog.entries[1]!
    expect(decorator.links).toEqual(['https://example.com/d', 'https://x.org'])
  })

  it('reads per-source sections from the occurrences, never from another source', () => {
    expect(sectionsInSource(gil, '000.txt')).toEqual(['Python'])
    expect(sectionsInSource(gil, '003.txt')).toEqual(['Advanced'])
    expect(sectionsInSource(gil, '001.txt')).toEqual([NO_SECTION, 'Python'])
    expect(sectionsInSource(catalog.entries[1]!, '000.txt')).toEqual([NO_SECTION])
  })

  it('trims only blank lines around an answer, keeping a leading indented code block', () => {
    const code = '    def f():\n        return 1\n\nThen call it.'
    const merged = buildCatalog([item('Indented?', 'a.txt', 1, { answer: `\n  \n${code}\n\n` })])
    expect(merged.entries[0]!.answers[0]!.markdown).toBe(code)
    const blank = buildCatalog([item('Blank?', 'a.txt', 1, { answer: ' \n\t\n ' })])
    expect(blank.entries[0]!.answers).toEqual([])
  })

  it('makes a merged topic+question entry a question', () => {
    expect(catalog.entries[1]!.kind).toBe('question')
    const topicOnly = buildCatalog([item('mro', 'a.txt', 1, { kind: 'topic' })])
    expect(topicOnly.entries[0]!.kind).toBe('topic')
  })

  it('merges checklist states: any [x] wins, else [ ] , else null', () => {
    const c = buildCatalog([
      item('Q1?', 'a', 1, { checked: false }),
      item('Q1?', 'b', 1, { checked: true }),
      item('Q2?', 'a', 2, { checked: false }),
      item('Q2?', 'b', 2),
      item('Q3?', 'a', 3)
    ])
    expect(c.entries.map((e) => e.checked)).toEqual([true, false, null])
  })

  it('never merges different questions that share words', () => {
    const c = buildCatalog([
      item('What is the difference between is and ==?'),
      item('What is `is`?'),
      item('What is __init__ method?'),
      item('What is __new__ method?'),
      item('How to define decorator?'),
      item('What is decorator?')
    ])
    expect(c.entries).toHaveLength(6)
    expect(new Set(c.entries.map((e) => e.id)).size).toBe(6)
  })
})

describe('buildCatalog: stable ids', () => {
  it('gives the same prompt the same id in another file, line or order', () => {
    const a = buildCatalog([item('What is GIL?', 'x.txt', 1), item('What is yield?', 'x.txt', 2)])
    const b = buildCatalog([
      item('Lambda?', 'other.md', 9),
      item('what is yield', 'other.md', 40),
      item('**What is the GIL?**', 'y.md', 77)
    ])
    const idOf = (c: typeof a, key: string) => c.entries.find((e) => e.key === key)?.id
    expect(idOf(a, 'gil')).toBeDefined()
    expect(idOf(b, 'gil')).toBe(idOf(a, 'gil'))
    expect(idOf(b, 'yield')).toBe(idOf(a, 'yield'))
  })

  it('ids are unique and match the contract pattern', () => {
    const items = Array.from({ length: 500 }, (_, i) =>
      item(`Question number ${i} about topic ${i % 7}?`)
    )
    const { entries } = buildCatalog(items)
    expect(new Set(entries.map((e) => e.id)).size).toBe(500)
    for (const e of entries) expect(e.id).toMatch(/^[a-z0-9-]{1,80}$/)
  })
})

describe('catalogStats', () => {
  it('counts items, entries, merged groups, kinds and answers', () => {
    const catalog = buildCatalog([
      item('What is GIL?', 'a', 1, { answer: 'lock' }),
      item('GIL?', 'b', 1),
      item('mro', 'b', 2, { kind: 'topic' }),
      item('What is yield?', 'b', 3)
    ])
    expect(catalogStats(catalog)).toMatchObject({
      items: 4,
      entries: 3,
      mergedGroups: 1,
      duplicatesMerged: 1,
      questions: 2,
      topics: 1,
      withAnswers: 1,
      inSeveralSources: 1
    })
  })
})
