// Issue #14, case 1: ~125,000 items spread into push() overflowed the stack, and since the
// source list is saved, every later start failed the same way.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { SourceRegistry } from '../../src/main/services/sources/sourceRegistry'
import { memoryStore } from '../../src/main/services/sources/sourceList'
import { createNotebookService } from '../../src/main/services/notebook/createNotebookService'
import { createMemoryStore } from '../../src/main/store/keyValueStore'
import { hostileTempDirs, manyQuestions } from './hostileTemp'

const tempDir = hostileTempDirs()

// Lets one test make catalog building fail, the way the stack overflow did.
const failCatalog = vi.hoisted(() => ({ on: false }))
vi.mock('../../src/shared/domain/catalog/mergeDuplicates', async (original) => {
  const real = await original<typeof import('../../src/shared/domain/catalog/mergeDuplicates')>()
  return {
    ...real,
    mergeDuplicates: (...args: Parameters<typeof real.mergeDuplicates>) => {
      if (failCatalog.on && args[0].some((item) => item.source.file !== 'seed.txt'))
        throw new RangeError('Maximum call stack size exceeded')
      return real.mergeDuplicates(...args)
    }
  }
})

function seeds(): string {
  const dir = tempDir()
  writeFileSync(join(dir, 'seed.txt'), 'Q. What is the GIL?\nAns- A lock.\n')
  return dir
}

describe('huge sources', () => {
  it('reads a 150,000-item document without overflowing the stack', async () => {
    const folder = join(tempDir(), 'huge')
    mkdirSync(folder)
    writeFileSync(join(folder, 'huge.txt'), manyQuestions(150_000))
    const registry = new SourceRegistry({ seedsDir: seeds(), store: memoryStore() })
    await registry.add(folder)
    const { reports, items } = await registry.ingest()
    const huge = reports.find((r) => r.name === 'huge')
    expect(huge?.error).toBeUndefined()
    expect(huge?.status).toBe('ok')
    expect(huge?.itemCount).toBe(150_000)
    expect(items).toHaveLength(150_001)
  }, 120_000)

  it('a source that breaks ingestion is shown as failed and the seeds still load', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'mine.txt'), 'Q. What is a metaclass?\n')
    const registry = new SourceRegistry({ seedsDir: seeds(), store: memoryStore() })
    await registry.add(join(dir, 'mine.txt'))
    failCatalog.on = true
    try {
      const { reports, catalog } = await registry.ingest()
      expect(catalog.entries.map((e) => e.prompt)).toEqual(['What is the GIL?'])
      const mine = reports.find((r) => r.name === 'mine.txt')
      expect(mine?.status).toBe('error')
      expect(mine?.error).toMatch(/^mine\.txt was not loaded: .*Maximum call stack.*Remove/)
    } finally {
      failCatalog.on = false
    }
  })
})

describe('start-up when loading the sources fails outright', () => {
  it('still starts, with the answers usable and a notice saying what to do', async () => {
    const dataDir = tempDir()
    const service = createNotebookService({
      dataDir,
      seedsDir: join(dataDir, 'none'),
      store: createMemoryStore(),
      emit: () => undefined,
      watchNotes: false,
      searchMode: 'inline',
      searchCache: false,
      autoBackup: false,
      catalog: {
        load: () => Promise.reject(new RangeError('Maximum call stack size exceeded')),
        add: async () => [],
        remove: async () => undefined,
        onChange: () => () => undefined,
        dispose: async () => undefined
      }
    })
    try {
      await service.ready
      const boot = await service['app:bootstrap']()
      expect(boot.notices.map((n) => n.message)).toEqual([
        'The question sources could not be loaded (Maximum call stack size exceeded); your answers are safe. Remove the source added last, or restart the app.'
      ])
      expect(boot.overview.totalEntries).toBe(0)
    } finally {
      await service.dispose()
    }
  })
})
