import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SourceRegistry } from '../../../../../src/main/services/sources/sourceRegistry'
import { memoryStore } from '../../../../../src/main/services/sources/sourceList'
import type { SourceWatcher } from '../../../../../src/main/services/sources/watchSources'
import { tempDirFactory } from './tempDir'

const tempDir = tempDirFactory()
const watchers: SourceWatcher[] = []
afterEach(async () => {
  for (const w of watchers.splice(0)) await w.dispose()
})

/** Resolves with the next callback's paths, or rejects after `ms`. */
function nextChange(calls: string[][], ms = 5000): Promise<string[]> {
  const seen = calls.length
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const poll = setInterval(() => {
      if (calls.length > seen) {
        clearInterval(poll)
        resolve(calls[seen]!)
      } else if (Date.now() - started > ms) {
        clearInterval(poll)
        reject(new Error('no change reported'))
      }
    }, 20)
  })
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function watchedFolder() {
  const folder = tempDir()
  writeFileSync(join(folder, 'a.md'), '1. First?\n')
  const registry = new SourceRegistry({ seedsDir: join(folder, 'no-seeds'), store: memoryStore() })
  await registry.add(folder)
  const calls: string[][] = []
  const watcher = registry.watch((changed) => calls.push(changed), { debounceMs: 80 })
  watchers.push(watcher)
  // chokidar needs a moment to set up before it reports anything.
  await settle(400)
  return { folder, registry, calls, watcher }
}

describe('SourceRegistry.watch', () => {
  it('reports changed, added and removed documents, debounced into one call', async () => {
    const { folder, calls } = await watchedFolder()
    const change = nextChange(calls)
    writeFileSync(join(folder, 'a.md'), '1. First?\n2. Second?\n')
    writeFileSync(join(folder, 'b.txt'), 'Q. New?\n')
    const changed = await change
    expect(changed.map((p) => p.slice(folder.length + 1)).sort()).toEqual(['a.md', 'b.txt'])

    const removal = nextChange(calls)
    rmSync(join(folder, 'b.txt'))
    expect(await removal).toEqual([join(folder, 'b.txt')])
  })

  it('ignores files that are not documents and hidden folders', async () => {
    const { folder, calls } = await watchedFolder()
    writeFileSync(join(folder, 'image.png'), 'x')
    mkdirSync(join(folder, '.git'))
    writeFileSync(join(folder, '.git', 'notes.md'), 'x')
    await settle(600)
    expect(calls).toEqual([])
  })

  it('starts watching a source added later and stops after dispose', async () => {
    const { registry, calls, watcher } = await watchedFolder()
    const other = tempDir()
    const file = join(other, 'late.md')
    writeFileSync(file, '1. Late?\n')
    await registry.add(file)
    await settle(400)
    const change = nextChange(calls)
    writeFileSync(file, '1. Late?\n2. Edited?\n')
    expect(await change).toEqual([file])

    await watcher.dispose()
    writeFileSync(file, '1. After dispose?\n')
    await settle(500)
    expect(calls).toHaveLength(1)
  })
})
