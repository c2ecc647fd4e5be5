/**
 * The safety backup a restore takes says so in its manifest (kind and the restored backup's
 * time), and "Undo restore" brings the notebook back exactly as it was before the restore.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backupPathsFor,
  BackupError,
  createBackup,
  listBackups,
  restoreBackup,
  type BackupPaths
} from '../../../../../src/main/services/backup'

let dataDir: string
let paths: BackupPaths

const answers = (): Record<string, string> =>
  Object.fromEntries(
    readdirSync(paths.notebookDir)
      .filter((n) => n.endsWith('.md'))
      .sort()
      .map((n) => [n, readFileSync(join(paths.notebookDir, n), 'utf8')])
  )
const write = (name: string, text: string) => writeFileSync(join(paths.notebookDir, name), text)

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'undo-restore-'))
  paths = backupPathsFor(dataDir)
  mkdirSync(paths.notebookDir, { recursive: true })
  write('gil-aaaaaaaaaa.md', 'old GIL answer\n')
  writeFileSync(paths.configFile, JSON.stringify({ study: { 'gil-aaaaaaaaaa': 'old' } }))
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

describe('the safety backup of a restore', () => {
  it('is listed as a safety backup of the restore of a given backup, from its manifest', async () => {
    const backup = await createBackup(paths, 'manual', { now: Date.UTC(2026, 3, 25, 9) })
    const result = await restoreBackup(backup.path, paths, { now: Date.UTC(2026, 3, 26, 9) })
    const safety = (await listBackups(paths.backupsDir)).find((b) => b.path === result.safetyBackup)
    expect(safety).toMatchObject({
      kind: 'safety',
      automatic: false,
      restore: { of: Date.UTC(2026, 3, 25, 9), undo: false }
    })
    const manifest = JSON.parse(
      Buffer.from(unzipSync(readFileSync(result.safetyBackup))['manifest.json']!).toString()
    )
    expect(manifest).toMatchObject({ reason: 'safety', restore: { of: Date.UTC(2026, 3, 25, 9) } })
    const manual = (await listBackups(paths.backupsDir)).find((b) => b.path === backup.path)
    expect(manual).toMatchObject({ kind: 'manual' })
    expect(manual?.restore).toBeUndefined()
  })

  it('reads the kind from the manifest, not from the file name', async () => {
    const backup = await createBackup(paths, 'safety', { now: 5_000 })
    // Renamed to look manual: the manifest still says safety.
    const renamed = backup.path.replace('-safety.zip', '-manual.zip')
    writeFileSync(renamed, readFileSync(backup.path))
    rmSync(backup.path)
    const [info] = await listBackups(paths.backupsDir)
    expect(info).toMatchObject({ path: renamed, kind: 'safety' })
  })

  it('still reads an old safety archive without the restore mark', async () => {
    const entries = unzipSync(readFileSync((await createBackup(paths, 'safety', { now: 7 })).path))
    const manifest = JSON.parse(Buffer.from(entries['manifest.json']!).toString())
    delete manifest.restore
    entries['manifest.json'] = strToU8(JSON.stringify(manifest))
    rmSync(paths.backupsDir, { recursive: true })
    mkdirSync(paths.backupsDir)
    writeFileSync(
      join(paths.backupsDir, 'backup-2026-01-01T00-00-00-000Z-safety.zip'),
      zipSync(entries)
    )
    const [info] = await listBackups(paths.backupsDir)
    expect(info).toMatchObject({ kind: 'safety', answerCount: 1 })
    expect(info?.restore).toBeUndefined()
    expect(info?.damaged).toBeUndefined()
  })
})

describe('undo restore', () => {
  it('brings back the answers and config exactly as before the restore', async () => {
    const before = answers()
    const config = readFileSync(paths.configFile, 'utf8')
    // A backup with a different answer and an extra one the restore will add.
    write('gil-aaaaaaaaaa.md', 'backed-up GIL answer\n')
    write('mro-bbbbbbbbbb.md', 'MRO answer\n')
    const backup = await createBackup(paths, 'manual', { now: 1_000 })
    write('gil-aaaaaaaaaa.md', 'old GIL answer\n')
    rmSync(join(paths.notebookDir, 'mro-bbbbbbbbbb.md'))
    expect(answers()).toEqual(before)

    const restored = await restoreBackup(backup.path, paths, { now: 2_000 })
    expect(answers()).toEqual({
      'gil-aaaaaaaaaa.md': 'backed-up GIL answer\n',
      'mro-bbbbbbbbbb.md': 'MRO answer\n'
    })
    expect(restored.undo).toBe(false)

    const undone = await restoreBackup(restored.safetyBackup, paths, { now: 3_000, undo: true })
    expect(answers()).toEqual(before)
    expect(readFileSync(paths.configFile, 'utf8')).toBe(config)
    expect(undone.undo).toBe(true)
    // The undo kept what it replaced, marked as an undo so it is not offered for undo again.
    const mark = (await listBackups(paths.backupsDir)).find((b) => b.path === undone.safetyBackup)
    expect(mark).toMatchObject({ kind: 'safety', restore: { of: 2_000, undo: true } })
    await restoreBackup(undone.safetyBackup, paths, { now: 4_000 })
    expect(answers()['mro-bbbbbbbbbb.md']).toBe('MRO answer\n')
  })

  it('refuses to undo with a backup that was not taken before a restore', async () => {
    const manual = await createBackup(paths, 'manual', { now: 1_000 })
    write('gil-aaaaaaaaaa.md', 'changed\n')
    const error = await restoreBackup(manual.path, paths, { undo: true }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BackupError)
    expect((error as BackupError).failure).toBe('not-undoable')
    expect(answers()).toEqual({ 'gil-aaaaaaaaaa.md': 'changed\n' })
    // Nothing was written: not even a safety backup.
    expect(await listBackups(paths.backupsDir)).toHaveLength(1)
  })
})
