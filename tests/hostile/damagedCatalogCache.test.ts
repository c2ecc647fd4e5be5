// Issue #16: the start-up cache of the catalog is read before anything else. Whatever shape a
// damaged or crafted file has, the app starts with the catalog a cold parse gives, says in a
// log line that it ignored the file, and writes a good one again; it never fails to start.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createNotebookService,
  type NotebookService
} from '../../src/main/services/notebook/createNotebookService'
import { CATALOG_FILE, PARSED_FILE } from '../../src/main/services/sources/catalogSnapshot'
import { createMemoryStore } from '../../src/main/store/keyValueStore'
import { hostileTempDirs } from './hostileTemp'

const tempDir = hostileTempDirs()
const seedsDir = resolve('resources/seeds')
let service: NotebookService | null = null
afterEach(async () => {
  await service?.dispose()
  service = null
  vi.restoreAllMocks()
})

const store = createMemoryStore()
async function start(dataDir: string): Promise<NotebookService> {
  await service?.dispose()
  service = createNotebookService({
    dataDir,
    seedsDir,
    store,
    emit: () => undefined,
    searchMode: 'inline',
    searchCache: false,
    catalogCache: true,
    autoBackup: false,
    watchNotes: false
  })
  await service.ready
  return service
}

async function fingerprint(nb: NotebookService): Promise<unknown> {
  const overview = await nb['catalog:overview']()
  const { hits, total } = await nb['search:query']({ query: 'decorator', limit: 20 })
  return { entries: overview.totalEntries, total, ids: hits.map((h) => h.id) }
}

/** Replaces the body, with a header whose length and checksum match it. */
function craftBody(file: string, body: string): void {
  const bytes = readFileSync(file)
  const newline = bytes.indexOf(10)
  const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Record<string, unknown>
  const data = Buffer.from(body)
  header['bytes'] = data.byteLength
  header['sha256'] = createHash('sha256').update(data).digest('hex')
  writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), data]))
}

const DAMAGE: Array<[string, (file: string) => void]> = [
  ['truncated', (f) => writeFileSync(f, readFileSync(f).subarray(0, 5000))],
  [
    'one byte flipped',
    (f) => {
      const bytes = readFileSync(f)
      const at = bytes.length - 100
      bytes[at] = bytes[at]! ^ 0x20
      writeFileSync(f, bytes)
    }
  ],
  ['no header line', (f) => writeFileSync(f, 'garbage without a newline')],
  ['header not JSON', (f) => writeFileSync(f, '{"format": \n{}')],
  ['empty', (f) => writeFileSync(f, '')],
  ['body null, checksum valid', (f) => craftBody(f, 'null')],
  [
    'entries of the wrong shape, checksum valid',
    (f) =>
      craftBody(
        f,
        JSON.stringify({
          fingerprint: 'x',
          sourceList: JSON.parse(readFileSync(f, 'utf8').split('\n')[1]!).sourceList,
          reports: [],
          catalog: { itemCount: 1, entries: [{ id: 5, prompt: null }] }
        })
      )
  ]
]

describe('a damaged start-up catalog cache', () => {
  it.each(DAMAGE)('%s: ignored with a log line, rebuilt, same catalog', async (_name, damage) => {
    const dataDir = tempDir()
    const cold = await fingerprint(await start(dataDir))
    await service!.settled()
    await service!.dispose()
    service = null
    const file = join(dataDir, 'cache', CATALOG_FILE)
    damage(file)

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const nb = await start(dataDir)
    expect(await fingerprint(nb)).toEqual(cold)
    await nb.settled()
    expect(warn.mock.calls.flat().join('\n')).toMatch(/Ignoring the damaged start-up cache/)
    // A good file is back: the next start is warm and agrees.
    await nb.dispose()
    service = null
    warn.mockClear()
    expect(await fingerprint(await start(dataDir))).toEqual(cold)
    expect(warn).not.toHaveBeenCalled()
  })

  it('a damaged parse-results file costs a full parse, nothing more', async () => {
    const dataDir = tempDir()
    const cold = await fingerprint(await start(dataDir))
    await service!.settled()
    await service!.dispose()
    service = null
    writeFileSync(join(dataDir, 'cache', PARSED_FILE), '{"format":"x"}\n[')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const nb = await start(dataDir)
    await nb.settled()
    expect(await fingerprint(nb)).toEqual(cold)
    expect(warn.mock.calls.flat().join('\n')).toMatch(/Ignoring the damaged start-up cache/)
  })
})
