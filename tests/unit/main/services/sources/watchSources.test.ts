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

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls until a callback beyond the first `seen` arrives; `poke` is re-run while waiting. */
async function nextChange(calls: string[][], poke?: () => void, ms = 10_000): Promise<string[]> {
  const seen = calls.length
  const started = Date.now()
  while (calls.length === seen) {
    if (Date.now() - started > ms) throw new Error('no change reported')
    poke?.()
    await settle(250)
  }
  return calls[seen]!
}

async function watchedFolder() {
  const folder = tempDir()
  writeFileSync(join(folder, 'a.md'), '1. First?\n')
  const registry = new SourceRegistry({ seedsDir: join(folder, 'no-seeds'), store: memoryStore() })
  await registry.add(folder)
  const calls: string[][] = []
  const watcher = registry.watch((changed) => calls.push(changed), { debounceMs: 100 })
  watchers.push(watcher)
  await watcher.ready
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
    mkdirSync(join(folder, 'node_modules'))
    writeFileSync(join(folder, 'node_modules', 'readme.md'), 'x')
    // A real document change afterwards: the batch it lands in must hold nothing else.
    await settle(300)
    const changed = await nextChange(calls, () => writeFileSync(join(folder, 'c.md'), '1. C?\n'))
    expect(changed).toEqual([join(folder, 'c.md')])
  })

  it('starts watching a source added later and stops after dispose', async () => {
    const { registry, calls, watcher } = await watchedFolder()
    const file = join(tempDir(), 'late.md')
    writeFileSync(file, '1. Late?\n')
    await registry.add(file)
    let n = 0
    // Re-written until seen: chokidar takes a moment to pick up a path added to a live watcher.
    const changed = await nextChange(calls, () => writeFileSync(file, `1. Late?\n${++n}. Edit?\n`))
    expect(changed).toEqual([file])

    // A second, live watcher on the same file is the witness: once it has reported two edits
    // made after the dispose, the disposed watcher has had the same chances to report them.
    const witnessCalls: string[][] = []
    const witness = registry.watch((changed) => witnessCalls.push(changed), { debounceMs: 100 })
    watchers.push(witness)
    await witness.ready
    await watcher.dispose()
    const before = calls.length
    let m = 0
    const poke = () => writeFileSync(file, `1. After dispose?\n${++m}. Edit?\n`)
    expect(await nextChange(witnessCalls, poke)).toEqual([file])
    expect(await nextChange(witnessCalls, poke)).toEqual([file])
    expect(calls).toHaveLength(before)
  })

  it('stops watching a removed source', async () => {
    const { folder, registry, calls } = await watchedFolder()
    // A second source that stays: its changes prove the watcher is live after the removal.
    const kept = tempDir()
    writeFileSync(join(kept, 'k.md'), '1. Kept?\n')
    await registry.add(kept)
    let n = 0
    const pokeKept = () => writeFileSync(join(kept, 'k.md'), `1. Kept?\n${++n}. Edit?\n`)
    expect(await nextChange(calls, pokeKept)).toEqual([join(kept, 'k.md')])

    registry.remove(folder)
    writeFileSync(join(folder, 'a.md'), '1. Changed after removal?\n')
    // Written after the removed source's change, so a leaked event would come first or with it.
    await nextChange(calls, pokeKept)
    await nextChange(calls, pokeKept)
    expect(calls.flat()).not.toContain(join(folder, 'a.md'))
  })
})
