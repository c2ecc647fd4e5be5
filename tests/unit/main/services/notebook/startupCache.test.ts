/**
 * A start from the cached catalog through the real notebook service: the same ids, the
 * corrections and My questions still applied, and a source edited while the app was closed
 * (or while it runs) still arrives.
 */
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createNotebookService,
  type NotebookService
} from '../../../../../src/main/services/notebook/createNotebookService'
import { createMemoryStore, type KeyValueStore } from '../../../../../src/main/store/keyValueStore'
import type { EventName } from '../../../../../src/shared/ipc/channels'

const seedsDir = resolve('resources/seeds')
let dataDir: string
let store: KeyValueStore
let service: NotebookService | null = null
let events: EventName[] = []
const picks: string[][] = []

async function start(): Promise<NotebookService> {
  await service?.dispose()
  service = createNotebookService({
    dataDir,
    seedsDir,
    store,
    emit: (event) => events.push(event),
    searchMode: 'inline',
    autoBackup: false,
    watchNotes: false,
    host: { 'dialog:pickPath': async () => picks.splice(0, 1)[0] ?? [] }
  })
  await service.ready
  return service
}

async function ids(nb: NotebookService, query: string): Promise<string[]> {
  return (await nb['search:query']({ query, limit: 50 })).hits.map((h) => h.id)
}

const DOC = `# Interview\n\n## Python\n\n1. What is the GIL?\n   A lock.\n2. What is a quokka generator?\n3. Remember to buy milk\n`

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'startup-cache-'))
  store = createMemoryStore()
  events = []
})
afterEach(async () => {
  await service?.dispose()
  service = null
  await rm(dataDir, { recursive: true, force: true })
})

describe('start-up from the cached catalog', () => {
  it('keeps ids, corrections and My questions, and picks up a source edited meanwhile', async () => {
    const doc = join(dataDir, 'interview.md')
    await writeFile(doc, DOC)
    let nb = await start()
    picks.push([doc])
    await nb['dialog:pickPath']({ kind: 'open-sources' })
    await nb['sources:add']([doc])
    const milk = (await nb['search:query']({ query: 'buy milk', limit: 1 })).hits[0]!.id
    await nb['catalog:correct'](milk, { type: 'hide' })
    await nb['questions:create']({
      prompt: 'Why prefer composition?',
      answer: '',
      section: '',
      kind: 'question',
      tags: []
    })
    const coldOverview = await nb['catalog:overview']()
    const queries = ['gil', 'quokka', 'composition', 'decorator', 'milk']
    const cold = await Promise.all(queries.map((q) => ids(nb, q)))
    await nb.settled()

    nb = await start()
    expect(await Promise.all(queries.map((q) => ids(nb, q)))).toEqual(cold)
    expect(await nb['catalog:overview']()).toEqual(coldOverview)
    expect((await nb['catalog:overview']()).hiddenCount).toBe(1)
    await nb.settled()

    // Edited while the app was closed: the cache shows the old text first, then the check
    // in the background re-reads the file and the catalog follows.
    await nb.dispose()
    await writeFile(doc, DOC.replace('quokka generator', 'zebrafish coroutine'))
    events = []
    nb = await start()
    await nb.settled()
    expect(await ids(nb, 'zebrafish')).toHaveLength(1)
    expect(await ids(nb, 'quokka')).toEqual([])
    expect(events).toContain('catalog:changed')
    expect((await nb['catalog:overview']()).hiddenCount).toBe(1)
  }, 60_000)

  it('still watches the sources after a start from the cache', async () => {
    const doc = join(dataDir, 'interview.md')
    await writeFile(doc, DOC)
    let nb = await start()
    picks.push([doc])
    await nb['dialog:pickPath']({ kind: 'open-sources' })
    await nb['sources:add']([doc])
    await nb.settled()
    nb = await start()
    await nb.settled()
    await writeFile(doc, `${DOC}4. What is a narwhal decorator?\n`)
    await vi.waitFor(async () => expect(await ids(nb, 'narwhal')).toHaveLength(1), {
      timeout: 20_000,
      interval: 100
    })
  }, 60_000)

  it("files a cold start's index under the cache it writes, so the next start loads it", async () => {
    const cache = join(dataDir, 'cache')
    const warmFiles = async () => (await readdir(cache)).filter((f) => f.startsWith('warm-'))
    let nb = await start()
    const cold = await ids(nb, 'decorator')
    await nb.settled()
    // The catalog went to the search by message (a cold start), yet the next start from the
    // cache written after it finds the warm-start file filed under those bytes.
    const [warm] = await warmFiles()
    expect(warm).toBeDefined()
    const written = (await stat(join(cache, warm!))).mtimeMs
    nb = await start()
    expect(await ids(nb, 'decorator')).toEqual(cold)
    await nb.settled()
    // Loaded, not parsed and written again.
    expect(await warmFiles()).toEqual([warm])
    expect((await stat(join(cache, warm!))).mtimeMs).toBe(written)
  }, 60_000)
})
