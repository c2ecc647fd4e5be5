// Issue #14, cases 7 and 9: a folder named `<id>.md` failed start-up (EISDIR), a FIFO hung it,
// and a 50 MB answer was loaded whole although a save of it would be refused.
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ANSWER_TOO_LARGE, MAX_ANSWER_BYTES } from '../../src/shared/answerLimits'
import { NoteVault } from '../../src/main/services/vault/noteVault'
import { loadExportData } from '../../src/main/services/export/loadExportData'
import { validateArgs } from '../../src/shared/ipc/validateArgs'
import { hostileTempDirs } from './hostileTemp'

const tempDir = hostileTempDirs()
const META = { prompt: 'What is GIL?', tags: [] }
const GOOD = '---\nid: good\nprompt: Good\ntags: []\n---\n\nMy answer.\n'

function openVault(dir: string) {
  const malformed: Array<[string, string]> = []
  const vault = new NoteVault({ dir, watch: false, onMalformed: (f, r) => malformed.push([f, r]) })
  return { vault, malformed }
}

describe('odd files in the notebook folder', () => {
  it('skips and reports a folder, a FIFO and a link named like answers; the rest loads', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'good.md'), GOOD)
    mkdirSync(join(dir, 'folder.md'))
    symlinkSync(join(dir, 'good.md'), join(dir, 'linked.md'))
    const fifo = process.platform !== 'win32'
    if (fifo) execFileSync('mkfifo', [join(dir, 'pipe.md')])
    const { vault, malformed } = openVault(dir)
    const scan = await vault.open()
    expect(scan.notes).toEqual([{ id: 'good', markdown: 'My answer.\n' }])
    const reasons = Object.fromEntries(malformed)
    expect(reasons['folder.md']).toBe('it is a folder, not a file; rename or move it')
    expect(reasons['linked.md']).toMatch(/^it is a link/)
    if (fifo) expect(reasons['pipe.md']).toMatch(/^it is a pipe \(FIFO\)/)
    await expect(vault.load('folder')).rejects.toThrow(
      'folder.md could not be read: it is a folder, not a file; rename or move it. It was left untouched.'
    )
    // Saving over it keeps the text aside and leaves the folder alone.
    const saved = await vault.save({ id: 'folder', markdown: 'typed', baseRevision: null }, META)
    expect(saved.ok).toBe(false)
    expect(readdirSync(join(dir, 'folder.md'))).toEqual([])
    await vault.dispose()
  })

  it('the export reader skips the same files with a warning', async () => {
    const dataDir = tempDir()
    const dir = join(dataDir, 'notebook')
    mkdirSync(dir)
    writeFileSync(join(dir, 'good.md'), GOOD)
    mkdirSync(join(dir, 'folder.md'))
    if (process.platform !== 'win32') execFileSync('mkfifo', [join(dir, 'pipe.md')])
    const data = await loadExportData({ dataDir, seedsDir: join(dataDir, 'no-seeds') })
    expect(data.notes['good']).toBe('My answer.\n')
    expect(data.warnings).toContain(
      'folder.md was skipped: it is a folder, not a file; rename or move it'
    )
  })
})

describe('over-large answer files', () => {
  it('a 50 MB answer is refused unread with one clear message, and never overwritten', async () => {
    const dir = tempDir()
    const big = join(dir, 'big.md')
    writeFileSync(big, '---\nid: big\n---\n\n')
    truncateSync(big, 50 * 1024 * 1024)
    const { vault, malformed } = openVault(dir)
    const before = process.memoryUsage().rss
    await vault.open()
    // Reading it would cost ~50 MB of buffer plus its string; refusing costs nothing.
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024)
    expect(malformed).toEqual([
      ['big.md', 'it is 50 MB, more than the 5 MB limit; shorten it in another editor']
    ])
    await expect(vault.load('big')).rejects.toThrow(/big\.md could not be read: it is 50 MB/)
    const saved = await vault.save({ id: 'big', markdown: 'short', baseRevision: null }, META)
    expect(saved.ok).toBe(false)
    expect(readFileSync(big).length).toBe(50 * 1024 * 1024)
    await vault.dispose()
  })

  it('the save limit is the read limit: what is saved can be read back', async () => {
    const dir = tempDir()
    const { vault } = openVault(dir)
    await vault.open()
    const justUnder = 'x'.repeat(MAX_ANSWER_BYTES - 200)
    expect((await vault.save({ id: 'a', markdown: justUnder, baseRevision: null }, META)).ok).toBe(
      true
    )
    expect((await vault.load('a'))?.markdown).toBe(`${justUnder}\n`)
    // Multi-byte text over the limit in bytes, though under it in characters.
    const wide = 'é'.repeat(MAX_ANSWER_BYTES / 2 + 10)
    await expect(vault.save({ id: 'b', markdown: wide, baseRevision: null }, META)).rejects.toThrow(
      ANSWER_TOO_LARGE
    )
    expect(() =>
      validateArgs('notes:save', [
        { id: 'c', markdown: 'x'.repeat(MAX_ANSWER_BYTES + 1), baseRevision: null }
      ])
    ).toThrow(ANSWER_TOO_LARGE)
    await vault.dispose()
  })
})
