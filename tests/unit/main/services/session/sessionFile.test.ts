import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SessionFile } from '../../../../../src/main/services/session/sessionFile'
import { restoreSession } from '../../../../../src/main/services/session/restoreSession'
import type { SessionState } from '../../../../../src/shared/ipc/sessionState'
import type { CatalogEntry } from '../../../../../src/shared/domain/types'

const STATE: SessionState = {
  v: 1,
  query: 'select_related',
  filters: { sources: ['django.md'], sections: ['ORM'], status: ['learning'], favourite: false },
  browseAll: false,
  openId: 'what-is-select-related-1a2b',
  resultsScroll: 660,
  view: 'notebook'
}

let dir: string
let file: SessionFile
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'session-'))
  file = new SessionFile(join(dir, 'session.json'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('SessionFile', () => {
  it('writes the state and reads the same state back', async () => {
    await file.write(STATE)
    expect(await file.read()).toEqual(STATE)
    // Atomic write: no temp file is left beside it.
    expect(await readdir(dir)).toEqual(['session.json'])
  })

  it('reads nothing (not an error) when there is no file yet', async () => {
    expect(await file.read()).toBeNull()
  })

  it.each([
    ['not JSON', '{"v":1,"query":'],
    ['JSON of another shape', '[1,2,3]'],
    ['an older version', JSON.stringify({ ...STATE, v: 0 })],
    ['an unknown key', JSON.stringify({ ...STATE, extra: true })],
    ['a path instead of an id', JSON.stringify({ ...STATE, openId: '../../etc/passwd' })],
    ['a negative scroll', JSON.stringify({ ...STATE, resultsScroll: -5 })],
    ['a huge query', JSON.stringify({ ...STATE, query: 'x'.repeat(5000) })],
    [
      'an unknown status',
      JSON.stringify({ ...STATE, filters: { ...STATE.filters, status: ['x'] } })
    ],
    ['a prototype key', `{"__proto__":{"polluted":1},${JSON.stringify(STATE).slice(1)}`],
    ['an unknown view', JSON.stringify({ ...STATE, view: 'settings' })],
    ['binary junk', '\u0000\u0001\uFFFD']
  ])('ignores a damaged or hostile file: %s', async (_name, text) => {
    await writeFile(file.file, text)
    expect(await file.read()).toBeNull()
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('ignores a file far bigger than a session', async () => {
    await writeFile(file.file, JSON.stringify({ ...STATE, query: ' '.repeat(300_000) }))
    expect(await file.read()).toBeNull()
  })

  it('lands the newest of several quick writes last', async () => {
    await Promise.all([1, 2, 3, 4, 5].map((n) => file.write({ ...STATE, resultsScroll: n * 100 })))
    expect(JSON.parse(await readFile(file.file, 'utf8')).resultsScroll).toBe(500)
  })

  it('keeps writing after a failed write', async () => {
    const broken = new SessionFile(join(dir, 'missing-folder', 'session.json'))
    await expect(broken.write(STATE)).rejects.toThrow()
    await file.write(STATE)
    expect(await file.read()).toEqual(STATE)
  })
})

function entry(id: string, prompt: string, extra: Partial<CatalogEntry> = {}): CatalogEntry {
  return { id, prompt, ...extra } as CatalogEntry
}

describe('restoreSession', () => {
  it('resolves the open question against the catalog', () => {
    const byId = new Map([[STATE.openId!, entry(STATE.openId!, 'What is select_related?')]])
    expect(restoreSession(STATE, byId)).toEqual({
      query: 'select_related',
      filters: STATE.filters,
      browseAll: false,
      resultsScroll: 660,
      view: 'notebook',
      open: { id: STATE.openId, prompt: 'What is select_related?' }
    })
  })

  it('opens nothing for a question that is gone, and keeps the search', () => {
    const restored = restoreSession(STATE, new Map())
    expect(restored?.open).toBeNull()
    expect(restored?.query).toBe('select_related')
    expect(restored?.filters).toEqual(STATE.filters)
  })

  it('opens the entry a question was merged into, and nothing for a hidden one', () => {
    const into = entry('orm-joins-9f9f', 'ORM joins')
    expect(restoreSession(STATE, new Map([[STATE.openId!, into]]))?.open).toEqual({
      id: 'orm-joins-9f9f',
      prompt: 'ORM joins'
    })
    const hidden = entry(STATE.openId!, 'x', {
      corrections: { applied: ['c1'], hidden: true }
    } as Partial<CatalogEntry>)
    expect(restoreSession(STATE, new Map([[STATE.openId!, hidden]]))?.open).toBeNull()
  })

  it('restores nothing without a saved state', () => {
    expect(restoreSession(null, new Map())).toBeNull()
  })
})
