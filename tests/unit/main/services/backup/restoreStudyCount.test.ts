// The restore preview's "study status of N questions" counts what the restore brings back: the
// notebook folder's study logs (where study state lives now), plus an old backup's config store
// state and review log (migrated again by the restore).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backupPathsFor,
  createBackup,
  previewRestore,
  restoreBackup,
  type BackupPaths
} from '../../../../../src/main/services/backup'
import { openNotebookStudy } from '../../../../../src/main/services/studyLog/openNotebookStudy'
import { openConfStore } from '../../../../../src/main/store/openConfStore'
import { record } from '../review/reviewFixtures'

let dataDir: string
let paths: BackupPaths
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'backup-study-'))
  paths = backupPathsFor(dataDir)
  mkdirSync(paths.notebookDir, { recursive: true })
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

const jsonl = (values: object[]) => values.map((v) => JSON.stringify(v)).join('\n') + '\n'
const event = (id: string, at: number) => ({ v: 1, eid: `e-${id}-${at}`, id, at, favourite: true })

function writeLog(folder: string, name: string, text: string): void {
  mkdirSync(join(paths.notebookDir, folder), { recursive: true })
  writeFileSync(join(paths.notebookDir, folder, name), text)
}

/** The study state a restarted app reads after the restore (the restore re-runs the migration). */
async function studyAfterRestore(): Promise<string[]> {
  const { store } = await openConfStore(dataDir)
  const study = await openNotebookStudy({
    dataDir,
    notebookDir: paths.notebookDir,
    store,
    now: () => 9_000,
    onWarning: () => {},
    forceMigration: true
  })
  return [...study.all().keys()].sort()
}

describe('restore preview: study states', () => {
  it('counts the questions in the study logs of every device the backup holds', async () => {
    writeLog('reviews', 'laptop.jsonl', jsonl([record('gil', 1), record('orm', 2)]))
    // A sync tool's conflict copy repeats a review: still one question.
    writeLog('reviews', 'laptop (conflicted copy).jsonl', jsonl([record('gil', 1)]))
    writeLog('study', 'desk.jsonl', jsonl([event('mro', 3), event('gil', 4)]) + '{"torn')
    // The config store's copy is what the app kept after it moved study state: no longer read.
    writeFileSync(paths.configFile, JSON.stringify({ settings: {}, studyMigratedToNotebook: 1 }))
    const backup = await createBackup(paths, 'manual', { now: 1_000 })

    // Progress made since (another question) and lost logs: the restore brings back three.
    rmSync(join(paths.notebookDir, 'reviews'), { recursive: true })
    writeLog('study', 'desk.jsonl', jsonl([event('signals', 5)]))
    const preview = await previewRestore(backup.path, paths)
    expect(preview.studyStateCount).toBe(3)

    await restoreBackup(backup.path, paths, { now: 2_000 })
    expect(await studyAfterRestore()).toEqual(['gil', 'mro', 'orm'])
  })

  it('counts an old backup’s config-store state and review log, which the restore migrates', async () => {
    writeFileSync(
      paths.configFile,
      JSON.stringify({
        study: {
          gil: { status: 'confident', favourite: true, tags: [], updatedAt: 5 },
          orm: { status: 'learning', favourite: false, tags: ['db'], updatedAt: 6 }
        }
      })
    )
    writeFileSync(paths.reviewLog, jsonl([record('orm', 3), record('mro', 4)]))
    const backup = await createBackup(paths, 'manual', { now: 1_000 })
    rmSync(paths.configFile)
    rmSync(paths.reviewLog)

    expect((await previewRestore(backup.path, paths)).studyStateCount).toBe(3)
    await restoreBackup(backup.path, paths, { now: 2_000 })
    expect(await studyAfterRestore()).toEqual(['gil', 'mro', 'orm'])
  })

  it('counts nothing for a backup without study state', async () => {
    writeFileSync(join(paths.notebookDir, 'gil.md'), 'An answer\n')
    writeFileSync(paths.configFile, JSON.stringify({ settings: {} }))
    const backup = await createBackup(paths, 'manual', { now: 1_000 })
    expect((await previewRestore(backup.path, paths)).studyStateCount).toBe(0)
  })
})
