// Issue #14, case 3: adding `/usr` (15,800 folders) made the watcher use 2.7 GB, blocked the
// event loop for 23 s and could not be stopped. The walk is now bounded, skips dependency and
// build folders, reports progress, can be cancelled, and the watcher watches only what was read.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FOLDER_LIMITS, scanFolder } from '../../src/main/services/sources/expandFolder'
import { SourceRegistry } from '../../src/main/services/sources/sourceRegistry'
import { memoryStore } from '../../src/main/services/sources/sourceList'
import {
  createNotebookService,
  type NotebookService
} from '../../src/main/services/notebook/createNotebookService'
import { createMemoryStore } from '../../src/main/store/keyValueStore'
import type { EventPayloads } from '../../src/shared/ipc/contract'
import { hostileTempDirs } from './hostileTemp'

const tempDir = hostileTempDirs()
let service: NotebookService | null = null
afterEach(async () => {
  await service?.dispose()
  service = null
})

/** `count` sibling folders, one document in every tenth. */
function wideTree(root: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const dir = join(root, `d${String(i).padStart(5, '0')}`)
    mkdirSync(dir)
    if (i % 10 === 0) writeFileSync(join(dir, 'q.md'), `1. What does folder ${i} hold?\n`)
  }
}

describe('scanning big folders', () => {
  it('skips dependency, VCS, hidden and build folders', async () => {
    const root = tempDir()
    for (const dir of ['node_modules/x', '.git', '.cache', 'dist', 'build', '__pycache__', 'notes'])
      mkdirSync(join(root, dir), { recursive: true })
    for (const dir of ['node_modules/x', '.git', '.cache', 'dist', 'build', '__pycache__', 'notes'])
      writeFileSync(join(root, dir, 'README.md'), '1. What?\n')
    const scan = await scanFolder(root)
    expect(scan.files).toEqual([join(root, 'notes', 'README.md')])
    expect(scan.limited).toBeUndefined()
  })

  it('reads the first 2,000 of 2,500 folders and says so', async () => {
    const root = tempDir()
    wideTree(root, 2500)
    const seen: number[] = []
    const scan = await scanFolder(root, { onFolder: (n) => seen.push(n) })
    expect(scan.dirs).toHaveLength(FOLDER_LIMITS.folders)
    expect(scan.limited).toBe(
      'this folder has more than 2,000 subfolders; only documents in the first 2,000 are read'
    )
    expect(scan.files.length).toBe(200)
    expect(seen.at(-1)).toBe(2000)
  })

  it('stops at the depth and document limits', async () => {
    const deep = tempDir()
    let dir = deep
    for (let i = 0; i < 12; i++) {
      writeFileSync(join(dir, `q${i}.md`), '1. Q?\n')
      dir = join(dir, `l${i}`)
      mkdirSync(dir)
    }
    const byDepth = await scanFolder(deep)
    expect(byDepth.limited).toBe(
      'this folder is nested more than 8 levels deep; deeper folders are not read'
    )
    expect(byDepth.files).toHaveLength(9)

    const many = tempDir()
    for (let i = 0; i < 2100; i++) writeFileSync(join(many, `q${i}.md`), '1. Q?\n')
    const byCount = await scanFolder(many)
    expect(byCount.files).toHaveLength(2000)
    expect(byCount.limited).toBe(
      'this folder has more than 2,000 documents; only the first 2,000 are read'
    )
  })

  it('stops when cancelled', async () => {
    const root = tempDir()
    wideTree(root, 300)
    const abort = new AbortController()
    const scan = await scanFolder(root, {
      signal: abort.signal,
      onFolder: (n) => n === 50 && abort.abort()
    })
    expect(scan.cancelled).toBe(true)
    expect(scan.dirs).toHaveLength(50)
  })
})

describe('a big folder as a source', () => {
  function start(dataDir: string, picks: string[][], events: unknown[]) {
    const seedsDir = join(dataDir, 'seeds')
    mkdirSync(seedsDir)
    writeFileSync(join(seedsDir, 'seed.txt'), 'Q. What is the GIL?\n')
    service = createNotebookService({
      dataDir,
      seedsDir,
      store: createMemoryStore(),
      emit: (event, payload) => events.push({ event, payload }),
      watchNotes: false,
      searchMode: 'inline',
      searchCache: false,
      autoBackup: false,
      host: { 'dialog:pickPath': async () => picks.shift() ?? [] }
    })
    return service
  }

  it('is read in part, with the reason on the source and scanning progress', async () => {
    const dataDir = tempDir()
    const big = join(tempDir(), 'big')
    mkdirSync(big)
    wideTree(big, 2100)
    const events: Array<{ event: keyof EventPayloads; payload: unknown }> = []
    const nb = start(dataDir, [[big]], events)
    await nb['dialog:pickPath']({ kind: 'open-sources' })
    const sources = await nb['sources:add']([big])
    const source = sources.find((s) => s.path === big)
    expect(source).toMatchObject({ status: 'error', itemCount: 200 })
    expect(source?.error).toBe(
      'big: this folder has more than 2,000 subfolders; only documents in the first 2,000 are read.'
    )
    const scanning = events.filter(
      (e) => e.event === 'index:progress' && (e.payload as { phase: string }).phase === 'scanning'
    )
    expect(scanning.length).toBeGreaterThan(100)
  }, 60_000)

  it('can be cancelled while it is scanned: it is not added', async () => {
    const dataDir = tempDir()
    const big = join(tempDir(), 'big')
    mkdirSync(big)
    wideTree(big, 1500)
    const events: Array<{ event: string; payload: unknown }> = []
    const nb = start(dataDir, [[big]], events)
    await nb.ready
    await nb['dialog:pickPath']({ kind: 'open-sources' })
    let asked: Promise<boolean> | null = null
    events.push = (entry: { event: string; payload: unknown }) => {
      const progress = entry.payload as { phase?: string; done?: number }
      if (
        !asked &&
        entry.event === 'index:progress' &&
        progress.phase === 'scanning' &&
        progress.done === 100
      )
        asked = nb['sources:cancel']()
      return Array.prototype.push.call(events, entry)
    }
    const sources = await nb['sources:add']([big])
    expect(await asked).toBe(true)
    expect(sources.map((s) => s.path)).not.toContain(big)
    expect(
      events.some(
        (e) =>
          e.event === 'app:notice' &&
          /was cancelled; nothing was added/.test((e.payload as { message: string }).message)
      )
    ).toBe(true)
    expect(await nb['sources:cancel']()).toBe(false)
  }, 60_000)

  it('is watched only as far as it was read, and a new subfolder is picked up', async () => {
    const big = join(tempDir(), 'big')
    mkdirSync(big)
    wideTree(big, 30)
    const registry = new SourceRegistry({ seedsDir: join(big, 'none'), store: memoryStore() })
    await registry.add(big)
    await registry.resolve()
    const changes: string[][] = []
    const watcher = registry.watch((changed) => changes.push(changed), { debounceMs: 50 })
    await watcher.ready
    writeFileSync(join(big, 'd00029', 'new.md'), '1. What is new?\n')
    mkdirSync(join(big, 'later'))
    await expect
      .poll(() => changes.flat(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([join(big, 'd00029', 'new.md'), join(big, 'later')]))
    await watcher.dispose()
  }, 30_000)
})
