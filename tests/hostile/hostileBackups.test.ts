// Issue #14, cases 5, 6 and 10 (backups): a 1.2 MB zip bomb was inflated to 1.2 GB before it was
// refused; a backup whose config.json was invalid (checksums valid) was half restored; damaged
// backups vanished from the list.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  backupPathsFor,
  BackupError,
  createBackup,
  listBackups,
  previewRestore,
  restoreBackup
} from '../../src/main/services/backup'
import { sha256Hex } from '../../src/main/services/backup/backupManifest'
import { hostileTempDirs } from './hostileTemp'
import { zipBomb } from './zipBomb'

const tempDir = hostileTempDirs()
const ANSWER = '---\nid: gil\nprompt: What is GIL?\ntags: []\n---\n\nA lock.\n'

function setUp() {
  const dataDir = tempDir()
  const paths = backupPathsFor(dataDir)
  mkdirSync(paths.notebookDir, { recursive: true })
  writeFileSync(join(paths.notebookDir, 'gil.md'), ANSWER)
  writeFileSync(paths.configFile, JSON.stringify({ settings: { theme: 'dark' } }))
  return { dataDir, paths }
}

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(BackupError)
  return error as BackupError
}

/** A real backup with `path` replaced by `data`, its manifest entry updated to match. */
async function tamperedBackup(
  paths: ReturnType<typeof backupPathsFor>,
  path: string,
  data: Uint8Array
) {
  const backup = await createBackup(paths, 'manual', { now: Date.UTC(2026, 0, 1) })
  const entries: Record<string, Uint8Array> = unzipSync(readFileSync(backup.path))
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']))
  entries[path] = data
  manifest.files = manifest.files.map((f: { path: string }) =>
    f.path === path ? { path, size: data.length, sha256: sha256Hex(data) } : f
  )
  entries['manifest.json'] = strToU8(JSON.stringify(manifest))
  const out = join(tempDir(), 'tampered.zip')
  writeFileSync(out, zipSync(entries))
  return out
}

describe('hostile backups', () => {
  it('refuses a 1.2 MB zip bomb before inflating it', async () => {
    const { paths } = setUp()
    const bomb = join(tempDir(), 'bomb.zip')
    writeFileSync(bomb, zipBomb(1200))
    expect(readFileSync(bomb).length).toBeLessThan(1.5 * 1024 * 1024)
    const rss = process.memoryUsage().rss
    const error = await refusal(restoreBackup(bomb, paths))
    expect(error.failure).toBe('too-large')
    expect(error.message).toMatch(/bomb\.zip is too large .* choose another backup\.$/)
    expect((await refusal(previewRestore(bomb, paths))).failure).toBe('too-large')
    // Inflating it would cost 1.2 GB; refusing it, nothing close.
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024)
    expect(readFileSync(join(paths.notebookDir, 'gil.md'), 'utf8')).toBe(ANSWER)
  })

  it('a bomb that understates its size inflates no further than it says', async () => {
    const { paths } = setUp()
    const bomb = join(tempDir(), 'liar.zip')
    writeFileSync(bomb, zipBomb(300, 1024))
    const rss = process.memoryUsage().rss
    // fflate stops when the data overruns the declared 1 KB: an unreadable zip, memory bounded.
    expect((await refusal(restoreBackup(bomb, paths))).failure).toBe('not-zip')
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024)
  })

  it('refuses a backup whose config.json is invalid before changing anything', async () => {
    const { paths } = setUp()
    const archive = await tamperedBackup(paths, 'config.json', strToU8('{"settings": {'))
    writeFileSync(join(paths.notebookDir, 'gil.md'), `${ANSWER}Edited since.\n`)
    const config = readFileSync(paths.configFile, 'utf8')
    const backupsBefore = readdirSync(paths.backupsDir)
    const error = await refusal(restoreBackup(archive, paths))
    expect(error.failure).toBe('damaged')
    expect(error.message).toBe(
      'tampered.zip is damaged and was not restored: its config.json is not valid JSON.'
    )
    expect((await refusal(previewRestore(archive, paths))).failure).toBe('damaged')
    // Nothing was touched: the answer keeps its edit, config.json its text, no safety backup.
    expect(readFileSync(join(paths.notebookDir, 'gil.md'), 'utf8')).toBe(`${ANSWER}Edited since.\n`)
    expect(readFileSync(paths.configFile, 'utf8')).toBe(config)
    expect(readdirSync(paths.backupsDir)).toEqual(backupsBefore)
  })

  it.each([
    [
      'a config whose sources are not a list',
      'config.json',
      '{"sources": {"a": 1}}',
      /"sources" entry that is not a list/
    ],
    [
      'an answer that is not UTF-8',
      'notebook/gil.md',
      '\xff\xfe\xfa',
      /notebook\/gil\.md is not UTF-8 text/
    ]
  ])('refuses %s', async (_name, path, text, message) => {
    const { paths } = setUp()
    const bytes = path.endsWith('.md')
      ? Uint8Array.from(text, (c) => c.charCodeAt(0))
      : strToU8(text)
    const archive = await tamperedBackup(paths, path, bytes)
    const error = await refusal(restoreBackup(archive, paths))
    expect(error.message).toMatch(message)
  })

  it('lists damaged backups as damaged instead of hiding them', async () => {
    const { paths } = setUp()
    const good = await createBackup(paths, 'automatic', { now: Date.UTC(2026, 0, 2) })
    const truncated = join(paths.backupsDir, 'backup-2026-01-03T08-00-00-000Z-manual.zip')
    writeFileSync(truncated, readFileSync(good.path).subarray(0, 100))
    mkdirSync(join(paths.backupsDir, 'backup-2026-01-04T08-00-00-000Z-manual.zip'))
    const list = await listBackups(paths.backupsDir)
    expect(list.map((b) => [b.createdAt, !!b.damaged])).toEqual([
      [Date.UTC(2026, 0, 4, 8), true],
      [Date.UTC(2026, 0, 3, 8), true],
      [Date.UTC(2026, 0, 2), false]
    ])
    expect(list[0]!.damaged).toBe(
      'This backup cannot be read: it is a folder, not a file; rename or move it.'
    )
    expect(list[1]!.damaged).toMatch(/cannot be restored: it is not a readable zip archive/)
    expect(existsSync(truncated)).toBe(true)
  })
})
