import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeFolderIo, type FolderIo } from '../../../../../src/main/services/files/folderIo'
import {
  copyFolderContents,
  FolderMoveError,
  listFolder,
  removeMovedOriginals
} from '../../../../../src/main/services/files/moveFolderContents'

let root: string
let from: string
let to: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'move-folder-'))
  from = join(root, 'old')
  to = join(root, 'new')
  await mkdir(join(from, 'reviews'), { recursive: true })
  await writeFile(join(from, 'abc.md'), 'answer abc')
  await writeFile(join(from, 'def.md'), 'answer def')
  await writeFile(join(from, 'My questions.md'), '# mine')
  await writeFile(join(from, '.hidden'), 'dotfile')
  await writeFile(join(from, 'reviews', 'laptop.jsonl'), '{"v":1}\n')
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** The real file system, except that the `failAt`-th copy fails as on a full disk. */
function failingCopies(failAt: number): FolderIo {
  let copies = 0
  return {
    ...nodeFolderIo,
    async copyNew(a, b) {
      copies++
      if (copies === failAt)
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      return nodeFolderIo.copyNew(a, b)
    }
  }
}

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const file of (await listFolder(dir)).files)
    out[file] = await readFile(join(dir, ...file.split('/')), 'utf8')
  return out
}

describe('moving the notebook folder', () => {
  it('moves every file, hidden files and subfolders too, and removes the old ones', async () => {
    const before = await tree(from)
    const copied = await copyFolderContents(from, to)
    expect(await tree(to)).toEqual(before)
    // Nothing is removed until the caller has switched over.
    expect(await tree(from)).toEqual(before)
    expect(await removeMovedOriginals(copied)).toEqual([])
    expect(await readdir(from)).toEqual([])
    expect(Object.keys(await tree(to)).sort()).toEqual(
      ['.hidden', 'My questions.md', 'abc.md', 'def.md', 'reviews/laptop.jsonl'].sort()
    )
  })

  it('never overwrites a file of the same name in the target: both are kept, and listed', async () => {
    await mkdir(to)
    await writeFile(join(to, 'abc.md'), 'the other folder’s abc')
    const copied = await copyFolderContents(from, to)
    expect(copied.keptBoth).toEqual([{ file: 'abc.md', keptAs: 'abc (moved).md' }])
    expect(await readFile(join(to, 'abc.md'), 'utf8')).toBe('the other folder’s abc')
    expect(await readFile(join(to, 'abc (moved).md'), 'utf8')).toBe('answer abc')
  })

  it('a copy failing half-way (full disk) leaves the old folder whole and the target as it was', async () => {
    await mkdir(to)
    await writeFile(join(to, 'keep.txt'), 'already here')
    const before = await tree(from)
    const error = await copyFolderContents(from, to, failingCopies(3)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FolderMoveError)
    expect((error as Error).message).toMatch(/^Nothing was moved: .*ENOSPC.*Every file is still in/)
    expect(await tree(from)).toEqual(before)
    // The two copies made before the failure were removed again; the target's own file stays.
    expect(await tree(to)).toEqual({ 'keep.txt': 'already here' })
  })

  it('a copy that reads back different (a bad write) fails the move before anything is removed', async () => {
    const corrupt: FolderIo = {
      ...nodeFolderIo,
      async read(path) {
        const bytes = await nodeFolderIo.read(path)
        return path.startsWith(to) && path.endsWith('def.md') ? bytes.slice(1) : bytes
      }
    }
    const before = await tree(from)
    await expect(copyFolderContents(from, to, corrupt)).rejects.toThrow(
      /the copy of def\.md differs/
    )
    expect(await tree(from)).toEqual(before)
    expect((await listFolder(to)).files).toEqual([])
  })

  it('an original saved again after the copy is copied again before it is removed', async () => {
    const copied = await copyFolderContents(from, to)
    await writeFile(join(from, 'abc.md'), 'answer abc, edited at the last moment')
    expect(await removeMovedOriginals(copied)).toEqual([])
    expect(await readFile(join(to, 'abc.md'), 'utf8')).toBe('answer abc, edited at the last moment')
    expect(existsSync(join(from, 'abc.md'))).toBe(false)
  })

  it('an original that cannot be removed stays (its copy is in the new folder) and is reported', async () => {
    const copied = await copyFolderContents(from, to)
    const stuck: FolderIo = {
      ...nodeFolderIo,
      async unlink(path) {
        if (path === join(from, 'def.md')) throw new Error('EPERM')
        return nodeFolderIo.unlink(path)
      }
    }
    expect(await removeMovedOriginals(copied, stuck)).toEqual(['def.md'])
    expect(await readFile(join(from, 'def.md'), 'utf8')).toBe('answer def')
    expect(await readFile(join(to, 'def.md'), 'utf8')).toBe('answer def')
  })
})
