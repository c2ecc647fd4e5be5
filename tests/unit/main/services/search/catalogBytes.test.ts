/** The catalog handed to the search worker as JSON bytes (a start from the cache). */
import { afterEach, describe, expect, it } from 'vitest'
import { SearchService } from '../../../../../src/main/services/search/searchService'
import { makeEntry } from '../../../shared/domain/search/makeEntry'

const cleanup: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step()
})

function service(mode: 'inline' | 'worker') {
  const s = new SearchService({ cacheDir: null, mode })
  cleanup.push(() => s.dispose())
  return s
}

const entries = [
  makeEntry('What is a decorator?', { id: 'dec' }),
  makeEntry('What is a generator?', { id: 'gen' })
]
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))

describe('SearchService with catalog bytes', () => {
  it.each(['inline', 'worker'] as const)(
    '%s: reads the entries from the bytes, and keeps its own copy of them',
    async (mode) => {
      const s = service(mode)
      const snapshotBody = bytes({ fingerprint: 'f', catalog: { itemCount: 2, entries } })
      const ready = await s.setCatalog(entries, { snapshotBody })
      expect(ready.entries).toBe(2)
      expect((await s.query({ query: 'decorater' })).hits[0]!.id).toBe('dec')
      // The transfer moved a copy: the caller's bytes are intact.
      expect(snapshotBody.byteLength).toBeGreaterThan(0)
    }
  )

  it('falls back to sending the entries when the bytes hold no catalog', async () => {
    const s = service('inline')
    const ready = await s.setCatalog(entries, { snapshotBody: bytes({ nothing: true }) })
    expect(ready.entries).toBe(2)
    expect((await s.query({ query: 'generator' })).hits[0]!.id).toBe('gen')
    const garbage = await s.setCatalog(entries, { snapshotBody: new Uint8Array([0x7b, 0x7b]) })
    expect(garbage.entries).toBe(2)
  })

  it.each(['inline', 'worker'] as const)(
    '%s: primed bytes are read once: setCatalog with the same bytes waits for that work',
    async (mode) => {
      const s = service(mode)
      const snapshotBody = bytes({ fingerprint: 'f', catalog: { itemCount: 2, entries } })
      s.prime(snapshotBody)
      const ready = await s.setCatalog(entries, { snapshotBody })
      // Generation 1 is the prime's: a second read would have been generation 2.
      expect(ready).toMatchObject({ generation: 1, entries: 2 })
      expect((await s.query({ query: 'decorater' })).hits[0]!.id).toBe('dec')
    }
  )

  it("leaves the caller's bytes whole when they are a view into a Node Buffer (a file read)", async () => {
    const s = service('worker')
    const json = JSON.stringify({ fingerprint: 'f', catalog: { itemCount: 2, entries } })
    // As the start-up cache reads its file: a header line, then the body as a subarray.
    // (not from Node's small-buffer pool, which is never transferred, like a large file).
    const text = `{"header":1}\n${json}`
    const file = Buffer.allocUnsafeSlow(Buffer.byteLength(text))
    file.write(text)
    const snapshotBody = file.subarray(file.indexOf(10) + 1)
    s.prime(snapshotBody)
    expect(new TextDecoder().decode(snapshotBody)).toBe(json)
    expect(await s.setCatalog(entries, { snapshotBody })).toMatchObject({ entries: 2 })
    expect(file.byteLength).toBeGreaterThan(json.length)
  })

  it('a prime that finished before setCatalog resolves it at once', async () => {
    const s = service('worker')
    const snapshotBody = bytes({ fingerprint: 'f', catalog: { itemCount: 2, entries } })
    s.prime(snapshotBody)
    // Replies come in order: the query's answer comes after the primed catalog's ready.
    expect((await s.query({ query: 'generator' })).hits[0]!.id).toBe('gen')
    expect(await s.setCatalog(entries, { snapshotBody })).toMatchObject({ generation: 1 })
  })

  it('another catalog supersedes primed bytes; bytes that do not read fall back to entries', async () => {
    const s = service('worker')
    s.prime(bytes({ fingerprint: 'f', catalog: { itemCount: 2, entries } }))
    const other = [makeEntry('What is a metaclass?', { id: 'meta' })]
    const ready = await s.setCatalog(other)
    expect(ready).toMatchObject({ generation: 2, entries: 1 })
    expect((await s.query({ query: 'decorator' })).hits).toHaveLength(0)
    expect((await s.query({ query: 'metaclass' })).hits[0]!.id).toBe('meta')

    const garbage = new Uint8Array([0x7b, 0x7b])
    s.prime(garbage)
    expect(await s.setCatalog(entries, { snapshotBody: garbage })).toMatchObject({ entries: 2 })
    expect((await s.query({ query: 'generator' })).hits[0]!.id).toBe('gen')
  })
})

describe('the warm-start file', () => {
  it('serves the next start from the same bytes without them being parsed, and is rebuilt when damaged', async () => {
    const { mkdtemp, readdir, rm, writeFile } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = await mkdtemp(join(tmpdir(), 'warm-start-'))
    cleanup.push(() => rm(dir, { recursive: true, force: true }))
    const json = JSON.stringify({ fingerprint: 'f', catalog: { itemCount: 2, entries } })
    const start = async (body: Uint8Array) => {
      const s = new SearchService({ cacheDir: dir, mode: 'inline' })
      const ready = await s.setCatalog(entries, { snapshotBody: body })
      const hits = (await s.query({ query: 'decorater' })).hits.map((h) => [h.id, h.prompt])
      await s.dispose()
      return { ready, hits }
    }
    const first = await start(new TextEncoder().encode(json))
    expect(first.ready.cache).toBe('miss')
    const warm = (await readdir(dir)).filter((f) => f.startsWith('warm-'))
    expect(warm).toHaveLength(1)
    // Same bytes: the entries and index come from the warm file alone (the index file is
    // gone, so a hit can only be the warm file's), with the same answers.
    for (const f of await readdir(dir)) if (f.startsWith('search-')) await rm(join(dir, f))
    const second = await start(new TextEncoder().encode(json))
    expect(second.ready.cache).toBe('hit')
    expect(second.hits).toEqual(first.hits)
    // A damaged warm file is dropped and the bytes are read as before.
    await writeFile(join(dir, warm[0]!), 'not a warm-start file')
    const third = await start(new TextEncoder().encode(json))
    expect(third.ready.entries).toBe(2)
    expect(third.hits).toEqual(first.hits)
    expect((await readdir(dir)).filter((f) => f.startsWith('warm-'))).toHaveLength(1)
  })
})

describe('the warm-start file filed by hash', () => {
  async function tempCache(): Promise<string> {
    const { mkdtemp, rm } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = await mkdtemp(join(tmpdir(), 'warm-hash-'))
    cleanup.push(() => rm(dir, { recursive: true, force: true }))
    return dir
  }
  const HASH = 'a'.repeat(64)

  it.each(['inline', 'worker'] as const)(
    '%s: a catalog sent as entries, filed under a hash, serves a start from that hash alone',
    async (mode) => {
      const dir = await tempCache()
      const first = new SearchService({ cacheDir: dir, mode })
      expect((await first.setCatalog(entries)).cache).toBe('miss')
      first.fileWarm(HASH)
      await first.idle()
      await first.dispose()
      // The next start names the bytes by the hash their header gave: the warm-start file is
      // used without the bytes being read (these are not even a catalog).
      const next = new SearchService({ cacheDir: dir, mode })
      cleanup.push(() => next.dispose())
      const garbage = new Uint8Array([0x7b, 0x7b])
      next.prime(garbage, HASH)
      const ready = await next.setCatalog(entries, { snapshotBody: garbage, snapshotHash: HASH })
      expect(ready).toMatchObject({ generation: 1, cache: 'hit', entries: 2 })
      expect((await next.query({ query: 'decorater' })).hits[0]!.id).toBe('dec')
    }
  )

  it('reads the bytes after all when the file filed under their hash is damaged', async () => {
    const { readdir, writeFile } = await import('node:fs/promises')
    const { join } = await import('node:path')
    const dir = await tempCache()
    const first = new SearchService({ cacheDir: dir, mode: 'worker' })
    await first.setCatalog(entries)
    first.fileWarm(HASH)
    await first.idle()
    await first.dispose()
    const [warm] = (await readdir(dir)).filter((f) => f.startsWith('warm-'))
    await writeFile(join(dir, warm!), 'not a warm-start file')
    const next = new SearchService({ cacheDir: dir, mode: 'worker' })
    cleanup.push(() => next.dispose())
    const snapshotBody = bytes({ fingerprint: 'f', catalog: { itemCount: 2, entries } })
    next.prime(snapshotBody, HASH)
    const ready = await next.setCatalog(entries, { snapshotBody, snapshotHash: HASH })
    expect(ready.entries).toBe(2)
    expect((await next.query({ query: 'generator' })).hits[0]!.id).toBe('gen')
    // Filed again from the bytes, whole this time.
    await next.idle()
    const again = new SearchService({ cacheDir: dir, mode: 'worker' })
    cleanup.push(() => again.dispose())
    again.prime(snapshotBody, HASH)
    expect(await again.setCatalog(entries, { snapshotBody, snapshotHash: HASH })).toMatchObject({
      cache: 'hit'
    })
  })

  it('sends the worker only what the engine reads (related ids are never copied)', async () => {
    const s = service('worker')
    // A function cannot be copied to another thread: sending whole entries would fail.
    const odd = entries.map((e) => ({ ...e, related: [() => e.id] as unknown as string[] }))
    expect(await s.setCatalog(odd)).toMatchObject({ entries: 2 })
    expect((await s.query({ query: 'decorator' })).hits[0]!.id).toBe('dec')
  })
})
