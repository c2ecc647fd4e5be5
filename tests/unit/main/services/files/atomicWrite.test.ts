import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  isTempFileName,
  removeStaleTempFiles,
  tempPathFor,
  writeFileAtomic
} from '../../../../../src/main/services/files/atomicWrite'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('creates and replaces a file, leaving no temp file behind', async () => {
    const file = join(dir, 'a.md')
    await writeFileAtomic(file, 'first')
    await writeFileAtomic(file, 'second')
    expect(await readFile(file, 'utf8')).toBe('second')
    expect(await readdir(dir)).toEqual(['a.md'])
  })

  it('writes bytes exactly', async () => {
    const file = join(dir, 'b.bin')
    const bytes = new Uint8Array([0, 255, 10, 13, 0xef, 0xbb, 0xbf])
    await writeFileAtomic(file, bytes)
    expect(new Uint8Array(await readFile(file))).toEqual(bytes)
  })

  it('keeps the previous version when the write fails, and cleans its temp file', async () => {
    const file = join(dir, 'c.md')
    await writeFileAtomic(file, 'safe')
    // Renaming a file over a folder fails after the temp file is written and synced.
    const folder = join(dir, 'folder')
    await mkdir(folder)
    await writeFile(join(folder, 'x'), 'x')
    await expect(writeFileAtomic(folder, 'new')).rejects.toThrow()
    expect(await readFile(file, 'utf8')).toBe('safe')
    expect((await readdir(dir)).filter(isTempFileName)).toEqual([])
  })

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'x.md'), 'x')).rejects.toThrow(/ENOENT/)
  })
})

describe('removeStaleTempFiles', () => {
  it('removes only temp files of killed writes (ours and electron-store’s)', async () => {
    const ours = tempPathFor(join(dir, 'q.md'))
    // The shape atomically (used by conf / electron-store) leaves behind.
    const theirs = join(dir, 'config.json.tmp-1732400000a1b2c3')
    const keep = ['q.md', 'notes.tmp.md', 'config.json', 'tmp-notes.md', 'x.tmp-zz']
    for (const name of keep) await writeFile(join(dir, name), 'keep')
    await writeFile(ours, 'half')
    await writeFile(theirs, '{"half":')
    const removed = await removeStaleTempFiles(dir)
    expect(removed.sort()).toEqual(
      [ours.split('/').pop(), 'config.json.tmp-1732400000a1b2c3'].sort()
    )
    expect((await readdir(dir)).sort()).toEqual([...keep].sort())
  })

  it('returns nothing for a missing folder', async () => {
    expect(await removeStaleTempFiles(join(dir, 'nope'))).toEqual([])
  })
})
