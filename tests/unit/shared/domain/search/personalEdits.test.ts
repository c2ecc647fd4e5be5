import { describe, expect, it } from 'vitest'
import { SearchEngine } from '../../../../../src/shared/domain/search/searchEngine'
import { DEFAULT_STUDY_STATE } from '../../../../../src/shared/study'
import { makeEntry } from './makeEntry'

// Issue #16: a save no longer rebuilds the index of every answer ahead of the next query; the
// old text is dropped from the settled index and the new one indexed on its own. Whatever the
// order of edits, the results must be those of an engine built from scratch.
const entries = Array.from({ length: 400 }, (_, i) =>
  makeEntry(`Question number ${i} about topic${i % 7}?`, { id: `q${i}` })
)
const WORDS = ['walrus', 'mutex', 'closure', 'gil', 'yield', 'asyncio', 'orm', 'celery']

function ids(engine: SearchEngine, query: string): string[] {
  return engine
    .query({ query, limit: 1000 })
    .hits.map((h) => h.id)
    .sort()
}

function fresh(notes: Map<string, string>, tags: Map<string, string[]>): SearchEngine {
  const engine = SearchEngine.build(entries)
  for (const [id, list] of tags) engine.setStudy(id, { ...DEFAULT_STUDY_STATE, tags: list })
  for (const [id, text] of notes) engine.setNote(id, text)
  return engine
}

describe('answers edited after the personal index was built', () => {
  it('find the new text, not the old, and keep their tags', () => {
    const engine = SearchEngine.build(entries)
    engine.setStudy('q1', { ...DEFAULT_STUDY_STATE, tags: ['onsite'] })
    engine.setNote('q1', 'I would mention the walrus operator.')
    expect(ids(engine, 'walrus')).toEqual(['q1']) // builds the settled index
    engine.setNote('q1', 'Now about a mutex instead.')
    expect(ids(engine, 'walrus')).toEqual([])
    expect(ids(engine, 'mutex')).toEqual(['q1'])
    expect(ids(engine, 'tag:onsite')).toEqual(['q1'])
    expect(ids(engine, 'mutex -walrus')).toEqual(['q1'])
    engine.setNote('q1', '')
    expect(ids(engine, 'mutex')).toEqual([])
    expect(ids(engine, 'tag:onsite')).toEqual(['q1'])
  })

  it('match an engine built from scratch after hundreds of edits (past a settled rebuild)', () => {
    const engine = SearchEngine.build(entries)
    const notes = new Map<string, string>()
    const tags = new Map<string, string[]>([['q3', ['phone']]])
    engine.setStudy('q3', { ...DEFAULT_STUDY_STATE, tags: ['phone'] })
    let seed = 7
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n
    for (let step = 0; step < 700; step++) {
      const id = `q${next(300)}`
      const text = next(5) === 0 ? '' : `Answer ${WORDS[next(WORDS.length)]} ${WORDS[next(8)]}`
      engine.setNote(id, text)
      if (text) notes.set(id, text)
      else notes.delete(id)
      // Query now and then, as a user typing while answers save would.
      if (step % 9 === 0) engine.query({ query: WORDS[step % WORDS.length]! })
    }
    const rebuilt = fresh(notes, tags)
    for (const word of [...WORDS, 'tag:phone', 'answer -walrus'])
      expect(ids(engine, word), word).toEqual(ids(rebuilt, word))
  })
})
