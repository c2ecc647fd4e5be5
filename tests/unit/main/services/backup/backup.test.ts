import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backupPathsFor,
  BackupError,
  createBackup,
  ensureDailyBackup,
  listBackups,
  previewRestore,
  restoreBackup,
  type BackupPaths
} from '../../../../../src/main/services/backup'

let dataDir: string
let paths: BackupPaths

const NOTES: Record<string, string> = {
  'what-is-gil-1a2b3c4d5e.md':
    '---\nid: what-is-gil-1a2b3c4d5e\nprompt: What is GIL?\ntags: []\n---\n\nOne **lock**.\n',
  'args-kwargs-0000000000.md': '```python\ndef f(*args, **kwargs): ...\n```\n',
  'unicode-ffffffffff.md': 'Ünïcödé ✓ 漢字\n'
}
const CONFIG = {
  settings: { theme: 'dark', notebookDir: '', hideReference: false },
  sources: [{ path: '/home/me/python.md' }],
  study: {
    'what-is-gil-1a2b3c4d5e': { status: 'confident', favourite: true, tags: ['core'], updatedAt: 5 }
  }
}

function seed(): void {
  mkdirSync(paths.notebookDir, { recursive: true })
  for (const [name, text] of Object.entries(NOTES))
    writeFileSync(join(paths.notebookDir, name), text)
  // Not answers: a leftover temp file and a git folder are not backed up.
  writeFileSync(join(paths.notebookDir, 'x.md.tmp-1700000000000abcdef'), 'partial')
  mkdirSync(join(paths.notebookDir, '.git'))
  writeFileSync(join(paths.notebookDir, '.git', 'HEAD'), 'ref')
  writeFileSync(paths.configFile, JSON.stringify(CONFIG))
  writeFileSync(paths.reviewLog, '{"id":"what-is-gil-1a2b3c4d5e","rating":3}\n')
}

/** Every file under the data folder except backups, as relative path → content. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (full === paths.backupsDir || entry.name.startsWith('.') || entry.name.includes('.tmp'))
        continue
      if (entry.isDirectory()) walk(full)
      else out[relative(dataDir, full)] = readFileSync(full, 'utf8')
    }
  }
  walk(dataDir)
  return out
}

async function refused(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(BackupError)
  return error as BackupError
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'backup-'))
  paths = backupPathsFor(dataDir)
  seed()
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

describe('backup and restore', () => {
  it('restores exactly what was backed up after everything is wiped', async () => {
    const before = snapshot()
    expect(Object.keys(before)).toHaveLength(5)
    const backup = await createBackup(paths, 'manual', { now: Date.UTC(2026, 0, 1) })
    expect(backup).toMatchObject({
      answerCount: 3,
      automatic: false,
      createdAt: Date.UTC(2026, 0, 1)
    })

    rmSync(paths.notebookDir, { recursive: true })
    rmSync(paths.configFile)
    rmSync(paths.reviewLog)
    expect(snapshot()).toEqual({})

    const result = await restoreBackup(backup.path, paths)
    expect(result.restoredAnswers).toBe(3)
    expect(snapshot()).toEqual(before)
    expect(existsSync(result.safetyBackup)).toBe(true)
  })

  it('previews the changes, keeps current-only answers and a safety copy of what it replaces', async () => {
    const backup = await createBackup(paths, 'manual', { now: 1_000 })
    writeFileSync(join(paths.notebookDir, 'what-is-gil-1a2b3c4d5e.md'), 'edited since the backup\n')
    rmSync(join(paths.notebookDir, 'unicode-ffffffffff.md'))
    writeFileSync(join(paths.notebookDir, 'new-one-1111111111.md'), 'written after\n')
    writeFileSync(
      paths.configFile,
      JSON.stringify({ ...CONFIG, settings: { ...CONFIG.settings, theme: 'light' } })
    )

    const preview = await previewRestore(backup.path, paths)
    expect(preview).toEqual({
      archive: backup.path,
      changed: ['what-is-gil-1a2b3c4d5e'],
      added: ['unicode-ffffffffff'],
      onlyCurrent: ['new-one-1111111111'],
      settingsChanged: true,
      studyStateCount: 1
    })

    const result = await restoreBackup(backup.path, paths, { now: 2_000 })
    const read = (name: string) => readFileSync(join(paths.notebookDir, name), 'utf8')
    expect(read('what-is-gil-1a2b3c4d5e.md')).toBe(NOTES['what-is-gil-1a2b3c4d5e.md'])
    expect(read('new-one-1111111111.md')).toBe('written after\n')
    expect(JSON.parse(readFileSync(paths.configFile, 'utf8'))).toEqual(CONFIG)

    // The safety backup holds the edited answer; restoring it brings the edit back.
    await restoreBackup(result.safetyBackup, paths, { now: 3_000 })
    expect(read('what-is-gil-1a2b3c4d5e.md')).toBe('edited since the backup\n')
  })

  it('says where the old notes are when a restore fails part way', async () => {
    const backup = await createBackup(paths, 'manual', { now: 1_000 })
    // A folder where an answer file should go: the write of that one answer fails.
    rmSync(join(paths.notebookDir, 'what-is-gil-1a2b3c4d5e.md'))
    mkdirSync(join(paths.notebookDir, 'what-is-gil-1a2b3c4d5e.md'))
    const error = await refused(restoreBackup(backup.path, paths, { now: 2_000 }))
    expect(error.failure).toBe('restore-failed')
    const safety = (await listBackups(paths.backupsDir)).find((b) => b.createdAt === 2_000)
    expect(safety).toBeDefined()
    expect(error.message).toContain(safety!.path)
  })

  it('never backs up the backups folder, even inside the notebook folder', async () => {
    const nested = { ...paths, backupsDir: join(paths.notebookDir, 'backups') }
    const first = await createBackup(nested, 'manual', { now: 1 })
    const second = await createBackup(nested, 'manual', { now: 2 })
    expect(second.answerCount).toBe(first.answerCount)
    const entries = Object.keys(unzipSync(readFileSync(second.path)))
    expect(entries.some((e) => e.includes('backups/'))).toBe(false)
  })

  it('hands the config to the running app instead of writing it when asked', async () => {
    const backup = await createBackup(paths)
    writeFileSync(paths.configFile, '{}')
    const applied: unknown[] = []
    await restoreBackup(backup.path, paths, { applyConfig: (config) => void applied.push(config) })
    expect(applied).toEqual([CONFIG])
    expect(readFileSync(paths.configFile, 'utf8')).toBe('{}')
  })
})

describe('refusing archives', () => {
  async function expectRefused(bytes: Uint8Array, failure: string, message: RegExp) {
    const archive = join(dataDir, 'suspect.zip')
    writeFileSync(archive, bytes)
    const before = snapshot()
    const error = await refused(restoreBackup(archive, paths))
    expect(error.failure).toBe(failure)
    expect(error.message).toMatch(message)
    expect((await refused(previewRestore(archive, paths))).failure).toBe(failure)
    // Nothing changed, and no safety backup was needed.
    expect(snapshot()).toEqual(before)
    expect(existsSync(paths.backupsDir) ? readdirSync(paths.backupsDir) : []).toEqual([])
  }

  async function validArchive(): Promise<Record<string, Uint8Array>> {
    const backup = await createBackup(paths, 'manual', { now: 5 })
    const entries = unzipSync(readFileSync(backup.path))
    rmSync(paths.backupsDir, { recursive: true })
    return entries
  }

  it('refuses a file that is not a zip', async () => {
    await expectRefused(strToU8('just some text'), 'not-zip', /not a readable zip archive/)
  })

  it('refuses a truncated archive', async () => {
    const backup = await createBackup(paths)
    const bytes = readFileSync(backup.path)
    rmSync(paths.backupsDir, { recursive: true })
    await expectRefused(
      bytes.subarray(0, Math.floor(bytes.length / 2)),
      'not-zip',
      /not a readable zip/
    )
  })

  it('refuses a zip without our manifest', async () => {
    await expectRefused(
      zipSync({ 'notes.md': strToU8('hi') }),
      'foreign',
      /not a Study Notebook backup: it has no manifest/
    )
    await expectRefused(
      zipSync({ 'manifest.json': strToU8('{"format":"other"}') }),
      'foreign',
      /not a Study Notebook/
    )
  })

  it('refuses a file that does not match its checksum', async () => {
    const entries = await validArchive()
    entries['notebook/what-is-gil-1a2b3c4d5e.md'] = strToU8('tampered')
    await expectRefused(
      zipSync(entries),
      'damaged',
      /what-is-gil-1a2b3c4d5e\.md does not match its checksum/
    )
  })

  it('refuses files missing from or unknown to the manifest, and unsafe paths', async () => {
    const missing = await validArchive()
    delete missing['config.json']
    await expectRefused(zipSync(missing), 'damaged', /config\.json is missing/)

    const extra = await validArchive()
    extra['notebook/sneaky.md'] = strToU8('x')
    await expectRefused(zipSync(extra), 'damaged', /sneaky\.md is not listed/)

    const escape = await validArchive()
    const manifest = JSON.parse(new TextDecoder().decode(escape['manifest.json']))
    manifest.files.push({ path: 'notebook/../../evil.md', size: 1, sha256: 'x' })
    escape['manifest.json'] = strToU8(JSON.stringify(manifest))
    await expectRefused(zipSync(escape), 'damaged', /unexpected path/)
  })

  it('refuses an archive from a newer format', async () => {
    const entries = await validArchive()
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']))
    entries['manifest.json'] = strToU8(JSON.stringify({ ...manifest, version: 99 }))
    await expectRefused(zipSync(entries), 'too-new', /newer version/)
  })

  it('says when the archive does not exist', async () => {
    expect((await refused(restoreBackup(join(dataDir, 'nope.zip'), paths))).failure).toBe(
      'unreadable'
    )
  })
})

describe('rolling backups', () => {
  const day = (n: number) => Date.UTC(2026, 2, 1 + n, 12)

  it('makes one automatic backup a day and keeps the newest seven', async () => {
    const manual = await createBackup(paths, 'manual', { now: day(0) })
    for (let n = 0; n < 10; n++) {
      expect(await ensureDailyBackup(paths, { now: day(n) })).not.toBeNull()
      // A second call the same day does nothing.
      expect(await ensureDailyBackup(paths, { now: day(n) + 60_000 })).toBeNull()
    }
    const backups = await listBackups(paths.backupsDir)
    const automatic = backups.filter((b) => b.automatic)
    expect(automatic.map((b) => b.createdAt)).toEqual([9, 8, 7, 6, 5, 4, 3].map(day))
    // Manual backups are never pruned.
    expect(backups.map((b) => b.path)).toContain(manual.path)
  })

  it('skips when there is nothing to back up, and lists an unreadable archive as damaged', async () => {
    rmSync(paths.notebookDir, { recursive: true })
    rmSync(paths.configFile)
    rmSync(paths.reviewLog)
    expect(await ensureDailyBackup(paths, { now: day(0) })).toBeNull()
    mkdirSync(paths.backupsDir, { recursive: true })
    const name = 'backup-2026-03-01T12-00-00-000Z-manual.zip'
    writeFileSync(join(paths.backupsDir, name), 'garbage')
    expect(await listBackups(paths.backupsDir)).toEqual([
      {
        path: join(paths.backupsDir, name),
        createdAt: Date.UTC(2026, 2, 1, 12),
        answerCount: 0,
        automatic: false,
        kind: 'manual',
        damaged: `${name} cannot be restored: it is not a readable zip archive (damaged, or another kind of file).`
      }
    ])
  })
})
