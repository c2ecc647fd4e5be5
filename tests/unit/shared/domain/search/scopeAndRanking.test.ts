/**
 * Issue #12, items 2 and 3, over the real seeds: `field:term` scopes the whole query, quoted
 * text matches as written, near ties go to the fuller entry, long words allow two typos and
 * an unknown word gets a "Did you mean".
 */
import { describe, expect, it } from 'vitest'
import { SearchEngine } from '../../../../../src/shared/domain/search/searchEngine'
import { seedEntries } from './seedCatalog'

const entries = seedEntries()
const engine = SearchEngine.build(entries)
const byId = new Map(entries.map((entry) => [entry.id, entry]))

function hits(query: string, limit = 50) {
  return engine.query({ query, limit }).hits.map((hit) => byId.get(hit.id)!)
}

describe('field scoping', () => {
  it.each([
    'section:django +orm',
    '+section:django +orm',
    'section:django orm',
    'orm section:django'
  ])('%s only returns entries under a Django section', (query) => {
    const found = hits(query)
    expect(found.length).toBeGreaterThan(0)
    for (const entry of found) expect(entry.sections.join(' | '), entry.prompt).toMatch(/django/i)
    expect(found.some((entry) => /orm/i.test(entry.prompt))).toBe(true)
  })

  it('gives the same results with or without + on the field term', () => {
    const ids = (query: string) => hits(query).map((entry) => entry.id)
    expect(ids('section:django +orm')).toEqual(ids('+section:django +orm'))
  })
})

describe('quoted text', () => {
  it('"select_related" matches the symbol as written, not related_name', () => {
    const found = hits('"select_related"')
    expect(found.length).toBeGreaterThan(0)
    for (const entry of found) {
      const text = [entry.prompt, ...entry.answers.map((answer) => answer.markdown)].join('\n')
      expect(text, entry.prompt).toContain('select_related')
    }
    expect(found.some((entry) => entry.prompt.includes('related_name'))).toBe(false)
  })

  it('a phrase needs its words in order and adjacent', () => {
    for (const entry of hits('"shallow copy"'))
      expect(entry.prompt + entry.answers.map((a) => a.markdown).join(' ')).toMatch(
        /shallow\W+copy/i
      )
    expect(hits('"copy shallow"').map((entry) => entry.prompt)).not.toContain(
      'What is the difference between shallow copy and deep copy?'
    )
  })
})

describe('ranking of near ties', () => {
  it.each(['decoratr', 'decortor', 'decorater', 'decorator'])(
    '%s puts full questions above one-line topic stubs',
    (query) => {
      const found = hits(query, 10)
      const top = found[0]!
      expect(top.kind).toBe('question')
      expect(top.answers.length, top.prompt).toBeGreaterThan(0)
      expect(found[1]!.kind).toBe('question')
      const rank = (prompt: string) => found.findIndex((entry) => entry.prompt === prompt)
      expect(rank('How do Python decorators work?')).toBeLessThan(rank('decorator param'))
      expect(rank('What is decorator?')).toBeLessThan(rank('decorator param'))
    }
  )
})

describe('typos in proportion to length', () => {
  it('middlewear (two edits at 10 letters) finds the middleware questions', () => {
    const found = hits('middlewear', 3)
    expect(found.map((entry) => entry.prompt)).toContain('What is middleware in Django?')
  })

  it('offers "Did you mean" for an unknown word, and only then', () => {
    expect(engine.query({ query: 'middlewear' }).didYouMean).toBe('middleware')
    expect(engine.query({ query: 'django middlewear ' }).didYouMean).toBe('django middleware ')
    expect(engine.query({ query: 'middleware' }).didYouMean).toBeUndefined()
    // A word being typed that still completes to something is not a typo.
    expect(engine.query({ query: 'middlew' }).didYouMean).toBeUndefined()
  })
})
