/**
 * Opens the study state of a notebook folder for this device: the device id, the one-time
 * migration of the data folder's old study state (with a safety backup first), then the
 * replay (or its cache).
 */
import { join } from 'node:path'
import type { KeyValueStore } from '../../store/keyValueStore'
import { backupPathsFor, createBackup } from '../backup/index'
import { dataPaths } from '../dataPaths'
import { readOrCreateDeviceId } from './deviceId'
import { migrateLegacyStudy, type MigrationStep } from './migrateLegacyStudy'
import { StudyLogStore } from './studyLogStore'

export interface OpenStudyOptions {
  dataDir: string
  notebookDir: string
  store: KeyValueStore
  now: () => number
  onWarning: (message: string) => void
  /** Told once when the migration moved something. */
  onMigrated?: (message: string) => void
  /** Run the migration even if it ran before (after restoring an old backup). */
  forceMigration?: boolean
  /** Test hook for the migration (simulated crashes). */
  afterMigrationStep?: (step: MigrationStep) => void | Promise<void>
}

/** The replay cache in the data folder: machine-local, never synced. */
export function studyCacheFile(dataDir: string): string {
  return join(dataPaths(dataDir).cacheDir, 'study-state.json')
}

/** Migrates if needed and loads the notebook folder's study logs. */
export async function openNotebookStudy(options: OpenStudyOptions): Promise<StudyLogStore> {
  const deviceId = await readOrCreateDeviceId(options.dataDir)
  const now = options.now()
  const result = await migrateLegacyStudy({
    dataDir: options.dataDir,
    notebookDir: options.notebookDir,
    deviceId,
    store: options.store,
    now,
    backup: () =>
      createBackup(backupPathsFor(options.dataDir, options.notebookDir), 'safety', { now }),
    ...(options.forceMigration ? { force: true } : {}),
    ...(options.afterMigrationStep ? { afterStep: options.afterMigrationStep } : {})
  })
  const study = new StudyLogStore({
    notebookDir: options.notebookDir,
    deviceId,
    cacheFile: studyCacheFile(options.dataDir),
    now: options.now,
    onWarning: options.onWarning
  })
  await study.load()
  if (result.ran && !options.forceMigration)
    options.onMigrated?.(
      `Your study progress (${result.reviews} reviews, ${result.states} questions) now lives in the notebook folder, so syncing that folder carries it to your other computers. A backup was made first.`
    )
  return study
}
