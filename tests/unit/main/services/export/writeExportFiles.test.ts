import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  writeExportFiles,
  type ExportProgress
} from '../../../../../src/main/services/export/writeExportFiles'
import { ExportWriteError } from '../../../../../src/main/services/export/exportWriteError'
import { nodeWriteIo, type WriteIo } from '../../../../../src/main/services/export/writeIo'
import { FILE_MARKER } from '../../../../../src/shared/domain/export/exportMarkers'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-write-'))
})
afterEach(() => {
  chmodSync(dir, 0o755)
  rmSync(dir, { recursive: true, force: true })
})

// A file an earlier export wrote: replacing it is expected.
const PREVIOUS_EXPORT = `${FILE_MARKER}\n\n# Old A\n`

const files = [
  { relativePath: 'index.md', content: '# Index\n' },
  { relativePath: 'a.md', content: 'A ü\n' },
  { relativePath: 'b.md', content: 'B\n'.repeat(1000) }
]

/** Real writes, except that the `failAt`-th file gets half its bytes and then `code`. */
function failingIo(code: string, failAt = 1): WriteIo {
  let calls = 0
  return {
    async writeNewFile(path, data, onBytes) {
      calls += 1
      if (calls < failAt) return nodeWriteIo.writeNewFile(path, data, onBytes)
      writeFileSync(path, data.slice(0, Math.floor(data.length / 2)))
      throw Object.assign(new Error(`${code}: simulated`), { code })
    }
  }
}

async function failure(promise: Promise<unknown>): Promise<ExportWriteError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ExportWriteError)
  return error as ExportWriteError
}

describe('writeExportFiles: one file', () => {
  it('writes the file, replaces an old one and leaves no temp file', async () => {
    const out = join(dir, 'notes.md')
    writeFileSync(out, 'old')
    const written = await writeExportFiles({ kind: 'file', path: out }, files)
    expect(written).toEqual([out])
    expect(readFileSync(out, 'utf8')).toBe('# Index\n')
    expect(readdirSync(dir)).toEqual(['notes.md'])
  })

  it('reports progress up to every byte', async () => {
    const seen: ExportProgress[] = []
    const big = 'x'.repeat(3 * 1024 * 1024 + 5)
    await writeExportFiles(
      { kind: 'file', path: join(dir, 'big.md') },
      [{ relativePath: 'x.md', content: big }],
      {
        onProgress: (p) => seen.push(p)
      }
    )
    expect(seen.length).toBeGreaterThan(3)
    const bytes = seen.map((p) => p.bytesWritten)
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b))
    expect(seen.at(-1)).toEqual({
      filesWritten: 1,
      totalFiles: 1,
      bytesWritten: big.length,
      totalBytes: big.length
    })
  })

  it('keeps the old file and removes the partial one when the disk fills up', async () => {
    const out = join(dir, 'notes.md')
    writeFileSync(out, 'old')
    const error = await failure(
      writeExportFiles({ kind: 'file', path: out }, files, { io: failingIo('ENOSPC') })
    )
    expect(error.failure).toBe('disk-full')
    expect(error.message).toMatch(/Not enough disk space.*Nothing was written/)
    expect(readFileSync(out, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['notes.md'])
  })

  it('says so when the folder is gone', async () => {
    const out = join(dir, 'gone', 'notes.md')
    const error = await failure(writeExportFiles({ kind: 'file', path: out }, files))
    expect(error.failure).toBe('missing-folder')
    expect(error.message).toContain(join(dir, 'gone'))
    expect(existsSync(join(dir, 'gone'))).toBe(false)
  })

  it('refuses to replace a folder with a file', async () => {
    mkdirSync(join(dir, 'taken'))
    const error = await failure(writeExportFiles({ kind: 'file', path: join(dir, 'taken') }, files))
    expect(error.failure).toBe('is-a-folder')
  })

  it('explains a permission error (simulated: tests may run as root)', async () => {
    const error = await failure(
      writeExportFiles({ kind: 'file', path: join(dir, 'n.md') }, files, {
        io: failingIo('EACCES')
      })
    )
    expect(error.failure).toBe('permission')
    expect(error.message).toMatch(/permission denied/)
    expect(readdirSync(dir)).toEqual([])
  })

  it.skipIf(process.getuid?.() === 0)('explains a real read-only folder', async () => {
    chmodSync(dir, 0o555)
    const error = await failure(writeExportFiles({ kind: 'file', path: join(dir, 'n.md') }, files))
    expect(error.failure).toBe('permission')
  })
})

describe('writeExportFiles: a folder', () => {
  it('creates a new folder with every file', async () => {
    const out = join(dir, 'export')
    const written = await writeExportFiles({ kind: 'folder', path: out }, files)
    expect(written).toEqual(files.map((f) => join(out, f.relativePath)))
    for (const f of files) expect(readFileSync(join(out, f.relativePath), 'utf8')).toBe(f.content)
    expect(readdirSync(dir)).toEqual(['export'])
  })

  it('leaves no folder at all when a write fails part way', async () => {
    const out = join(dir, 'export')
    const error = await failure(
      writeExportFiles({ kind: 'folder', path: out }, files, { io: failingIo('ENOSPC', 3) })
    )
    expect(error.failure).toBe('disk-full')
    expect(readdirSync(dir)).toEqual([])
  })

  it('updates an existing folder, keeping its other files', async () => {
    const out = join(dir, 'repo')
    mkdirSync(out)
    writeFileSync(join(out, 'a.md'), PREVIOUS_EXPORT)
    writeFileSync(join(out, 'README'), 'mine')
    await writeExportFiles({ kind: 'folder', path: out }, files)
    expect(readdirSync(out).sort()).toEqual(['README', 'a.md', 'b.md', 'index.md'])
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('A ü\n')
  })

  it('changes nothing in an existing folder when a write fails', async () => {
    const out = join(dir, 'repo')
    mkdirSync(out)
    writeFileSync(join(out, 'a.md'), PREVIOUS_EXPORT)
    const error = await failure(
      writeExportFiles({ kind: 'folder', path: out }, files, { io: failingIo('EROFS', 2) })
    )
    expect(error.failure).toBe('read-only')
    expect(readdirSync(out)).toEqual(['a.md'])
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe(PREVIOUS_EXPORT)
  })

  it('never replaces a file of the same name that is not an export', async () => {
    const out = join(dir, 'repo')
    mkdirSync(out)
    writeFileSync(join(out, 'b.md'), 'my own notes')
    const error = await failure(writeExportFiles({ kind: 'folder', path: out }, files))
    expect(error.failure).toBe('would-overwrite')
    expect(error.message).toBe(
      `${join(out, 'b.md')} already exists and is not a Study Notebook export; choose an empty or new folder. Nothing was written.`
    )
    expect(readdirSync(out)).toEqual(['b.md'])
    expect(readFileSync(join(out, 'b.md'), 'utf8')).toBe('my own notes')
  })

  it('says so when the parent folder is gone, or the target is a file', async () => {
    expect(
      (await failure(writeExportFiles({ kind: 'folder', path: join(dir, 'x', 'y') }, files)))
        .failure
    ).toBe('missing-folder')
    writeFileSync(join(dir, 'file'), '')
    expect(
      (await failure(writeExportFiles({ kind: 'folder', path: join(dir, 'file') }, files))).failure
    ).toBe('not-a-folder')
  })

  it('refuses paths that escape the folder', async () => {
    const bad = [{ relativePath: '../evil.md', content: 'x' }]
    await failure(writeExportFiles({ kind: 'folder', path: join(dir, 'out') }, bad))
    expect(existsSync(join(dir, 'evil.md'))).toBe(false)
  })
})
