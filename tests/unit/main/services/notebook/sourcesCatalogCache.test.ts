/**
 * The start-up cache of the sources' catalog: a warm start gives exactly the catalog a cold
 * parse gives (ids included), then the background check re-parses only what changed and
 * reloads only when something did.
 */
import { mkdtemp, readFile, rm, utimes, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSourcesCatalog } from '../../../../../src/main/services/notebook/sourcesCatalog'
import type { CatalogPort } from '../../../../../src/main/services/notebook/ports'
import { createMemoryStore, type KeyValueStore } from '../../../../../src/main/store/keyValueStore'
import { CATALOG_FILE } from '../../../../../src/main/services/sources/catalogSnapshot'

const seedsDir = resolve('resources/seeds')
let dir: string
let cacheDir: string
let store: KeyValueStore
const ports: CatalogPort[] = []

const docA = `# Folder notes\n\n## Python\n\n1. What is a closure?\n   A function that keeps the variables of its enclosing scope.\n2. What is the GIL?\n`
const docB = `# More\n\n- What is a descriptor?\n- What is the MRO?\n`

function open(): CatalogPort {
  const port = createSourcesCatalog(seedsDir, store, undefined, cacheDir)
  ports.push(port)
  return port
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catalog-cache-'))
  cacheDir = join(dir, 'cache')
  await mkdir(join(dir, 'docs'))
  await writeFile(join(dir, 'docs', 'a.md'), docA)
  await writeFile(join(dir, 'docs', 'b.md'), docB)
  store = createMemoryStore()
  const first = open()
  await first.add([join(dir, 'docs')])
})

afterEach(async () => {
  for (const port of ports.splice(0)) await port.dispose()
  await rm(dir, { recursive: true, force: true })
})

describe('the start-up catalog cache', () => {
  it('gives the catalog of a cold parse, ids and all, without parsing', async () => {
    const cold = await ports[0]!.load()
    await ports[0]!.settled?.()
    // No cache yet: the first start parses (and writes the cache).
    expect(cold.snapshotBody).toBeUndefined()
    expect(cold.items?.length).toBeGreaterThan(0)
    expect(await readFile(join(cacheDir, CATALOG_FILE))).toBeTruthy()

    const port = open()
    const warm = await port.load()
    expect(warm.snapshotBody).toBeInstanceOf(Uint8Array)
    expect(warm.catalog).toEqual(cold.catalog)
    expect(warm.catalog.entries.map((e) => e.id)).toEqual(cold.catalog.entries.map((e) => e.id))
    expect(warm.sources).toEqual(cold.sources)
    // The items behind it, for My questions, in the same order.
    expect(await warm.loadItems!()).toEqual(cold.items)
    // The bytes hold the same entries the search worker will read.
    const body = JSON.parse(new TextDecoder().decode(warm.snapshotBody)) as {
      catalog: { entries: unknown[] }
    }
    expect(body.catalog.entries).toEqual(cold.catalog.entries)
  })

  it("writes a cold start's cache once start-up is over, not on the way to the catalog", async () => {
    await ports[0]!.load()
    // Serialising the catalog would delay a searchable catalog: not yet written.
    await expect(readFile(join(cacheDir, CATALOG_FILE))).rejects.toThrow()
    ports[0]!.started?.()
    await ports[0]!.settled?.()
    expect((await readFile(join(cacheDir, CATALOG_FILE))).byteLength).toBeGreaterThan(0)
  })

  it('writes a held-back cache on dispose when start-up never finished', async () => {
    await ports[0]!.load()
    await ports.splice(0, 1)[0]!.dispose()
    expect((await readFile(join(cacheDir, CATALOG_FILE))).byteLength).toBeGreaterThan(0)
  })

  it('writes the cache of a reload at once', async () => {
    await ports[0]!.load()
    await ports[0]!.settled?.()
    await rm(join(cacheDir, CATALOG_FILE))
    await writeFile(join(dir, 'docs', 'b.md'), `${docB}- What is a metaclass?\n`)
    await ports[0]!.load()
    expect((await readFile(join(cacheDir, CATALOG_FILE))).byteLength).toBeGreaterThan(0)
  })

  it('re-parses only the document that changed, and reloads once', async () => {
    const cold = await ports[0]!.load()
    await ports[0]!.settled?.()
    await writeFile(join(dir, 'docs', 'b.md'), `${docB}- What is a metaclass?\n`)

    const port = open()
    let changes = 0
    const off = port.onChange(() => changes++)
    const warm = await port.load()
    // At once: the catalog as it was (the check runs in the background).
    expect(warm.catalog).toEqual(cold.catalog)
    await port.settled!()
    expect(changes).toBe(1)
    const reloaded = await port.load()
    const prompts = reloaded.catalog.entries.map((e) => e.prompt)
    expect(prompts).toContain('What is a metaclass?')
    // Everything else keeps its id.
    const before = new Map(cold.catalog.entries.map((e) => [e.prompt, e.id]))
    for (const entry of reloaded.catalog.entries)
      if (before.has(entry.prompt)) expect(entry.id).toBe(before.get(entry.prompt))
    off()

    // The same as a cold parse of the edited sources.
    await rm(cacheDir, { recursive: true, force: true })
    const fresh = await open().load()
    // A cold load links its related questions after it returns.
    await fresh.linked
    expect(reloaded.catalog).toEqual(fresh.catalog)
  })

  it('does not reload when a document was only touched (same bytes, new mtime)', async () => {
    await ports[0]!.load()
    await ports[0]!.settled?.()
    const later = new Date(Date.now() + 60_000)
    await utimes(join(dir, 'docs', 'a.md'), later, later)
    const port = open()
    let changes = 0
    port.onChange(() => changes++)
    await port.load()
    await port.settled!()
    expect(changes).toBe(0)
  })

  it('reads the sources again when the source list changed since the cache was written', async () => {
    await ports[0]!.load()
    await ports[0]!.settled?.()
    await writeFile(join(dir, 'c.md'), '- What is a coroutine?\n')
    const port = open()
    await port.add([join(dir, 'c.md')])
    const loaded = await port.load()
    expect(loaded.snapshotBody).toBeUndefined()
    expect(loaded.catalog.entries.map((e) => e.prompt)).toContain('What is a coroutine?')
  })
})
