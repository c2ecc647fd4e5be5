import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SearchService } from '../../../../../src/main/services/search/searchService'
import type { IndexProgress } from '../../../../../src/shared/ipc/types'
import { DEFAULT_STUDY_STATE } from '../../../../../src/shared/study'
import { makeEntry } from '../../../shared/domain/search/makeEntry'

const cleanup: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step()
})

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'search-service-'))
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

function service(cacheDir: string | null, mode: 'inline' | 'worker' = 'inline') {
  const s = new SearchService({ cacheDir, mode })
  cleanup.push(() => s.dispose())
  return s
}

const entries = Array.from({ length: 5000 }, (_, i) =>
  makeEntry(`Question ${i} about topic${i % 97} and generator${i % 13}`, { id: `e${i}` })
)
entries.push(makeEntry('What is a decorator?', { id: 'dec' }))

describe('SearchService', () => {
  it('builds on a miss, loads on a hit, rebuilds a corrupted cache', async () => {
    const dir = tempDir()
    const first = service(dir)
    expect((await first.setCatalog(entries)).cache).toBe('miss')
    const second = service(dir)
    expect((await second.setCatalog(entries)).cache).toBe('hit')
    expect((await second.query({ query: 'decorater' })).hits[0]!.id).toBe('dec')
    const [file] = readdirSync(dir)
    writeFileSync(join(dir, file!), 'not an index')
    const third = service(dir)
    expect((await third.setCatalog(entries)).cache).toBe('corrupt')
    expect((await third.query({ query: 'decorator' })).hits[0]!.id).toBe('dec')
    expect((await service(dir).setCatalog(entries)).cache).toBe('hit')
  })

  it('reports build progress ending in ready', async () => {
    const s = service(null)
    const seen: IndexProgress[] = []
    s.onProgress((p) => seen.push(p))
    await s.setCatalog(entries)
    expect(seen.some((p) => p.phase === 'indexing' && p.done > 0 && p.done < p.total)).toBe(true)
    expect(seen.at(-1)).toEqual({ phase: 'ready', done: entries.length, total: entries.length })
  })

  it('resolves superseded queries as cancelled and answers the newest', async () => {
    const s = service(null)
    await s.setCatalog(entries)
    const typed = ['d', 'de', 'dec', 'deco', 'decor'].map((query) => s.query({ query }))
    const responses = await Promise.all(typed)
    expect(responses.slice(0, -1).every((r) => r.cancelled === true && r.hits.length === 0)).toBe(
      true
    )
    expect(responses.at(-1)!.cancelled).toBeUndefined()
    expect(responses.at(-1)!.hits[0]!.id).toBe('dec')
  })

  it('answers a query sent during a build once the catalog is ready', async () => {
    const s = service(null)
    const ready = s.setCatalog(entries)
    const response = await s.query({ query: 'decorator' })
    await ready
    expect(response.hits[0]!.id).toBe('dec')
  })

  it('settles a superseded catalog with the newer one, sent in slices', async () => {
    const s = service(null, 'worker')
    const older = s.setCatalog(entries)
    const newer = s.setCatalog([...entries.slice(0, 4500), makeEntry('What is a metaclass?')])
    const [a, b] = await Promise.all([older, newer])
    expect([a.generation, b.generation, b.entries]).toEqual([2, 2, 4501])
    expect((await s.query({ query: 'metaclas' })).hits[0]!.prompt).toBe('What is a metaclass?')
    expect((await s.query({ query: 'decorator' })).total).toBe(0)
  })

  it('applies note and study updates to the next query', async () => {
    const s = service(null)
    await s.setCatalog(entries)
    s.updateNote('e7', 'Mention the walrus operator.')
    s.updateStudy('e7', { ...DEFAULT_STUDY_STATE, favourite: true })
    expect((await s.query({ query: 'walrus' })).hits.map((h) => h.id)).toEqual(['e7'])
    const favs = await s.query({ query: '', filters: { favourite: true } })
    expect(favs.hits.map((h) => h.id)).toEqual(['e7'])
  })

  it('applies the user aliases, before or after the catalog arrives', async () => {
    const s = service(null)
    s.setUserAliases([['wrapper', 'decorator']])
    await s.setCatalog(entries)
    expect((await s.query({ query: 'wrapper' })).hits.map((h) => h.id)).toEqual(['dec'])
    s.setUserAliases([])
    expect((await s.query({ query: 'wrapper' })).total).toBe(0)
  })

  it('runs in a worker thread and keeps notes across a new catalog', async () => {
    const s = service(tempDir(), 'worker')
    await s.setCatalog(entries)
    s.updateNote('dec', 'Wraps a callable; see functools.wraps')
    expect((await s.query({ query: 'functools.wraps' })).hits[0]!.id).toBe('dec')
    await s.setCatalog(entries.slice(-10))
    const after = await s.query({ query: 'wraps' })
    expect(after.hits.map((h) => h.id)).toEqual(['dec'])
  })

  it('restarts a dead worker and replays catalog, notes and the running query', async () => {
    const workerUrl = new URL('./crashingWorker.ts', import.meta.url)
    const dir = tempDir()
    const s = new SearchService({ cacheDir: dir, workerUrl })
    cleanup.push(() => s.dispose())
    await s.setCatalog(entries)
    s.updateNote('e3', 'Remember the quokka example.')
    const crashed = await s.query({ query: 'crash once' })
    expect(existsSync(join(dir, 'crashed-once'))).toBe(true)
    expect(crashed.cancelled).toBeUndefined()
    expect((await s.query({ query: 'quokka' })).hits.map((h) => h.id)).toEqual(['e3'])
  })

  it('gives up when a query kills the worker every time', async () => {
    const workerUrl = new URL('./crashingWorker.ts', import.meta.url)
    const s = new SearchService({ cacheDir: tempDir(), workerUrl })
    cleanup.push(() => s.dispose())
    await s.setCatalog(entries.slice(0, 10))
    await expect(s.query({ query: 'crash' })).rejects.toThrow(/exited with code 3/)
    await expect(s.query({ query: 'question' })).rejects.toThrow(/exited/)
  })

  it('rejects new work after dispose', async () => {
    const s = new SearchService({ cacheDir: null, mode: 'inline' })
    await s.dispose()
    await expect(s.query({ query: 'x' })).rejects.toThrow(/disposed/)
  })
})
