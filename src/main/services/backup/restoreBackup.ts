/**
 * Restoring an archive: preview first (what would change), then restore, which always takes a
 * safety backup of the current state before touching anything. Answers in the archive replace
 * the current ones; answers only present now are kept (they are in the safety backup too),
 * except by "Undo restore", which puts the notebook back exactly as the safety backup has it.
 */
import { mkdir, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { strFromU8 } from 'fflate'
import type { RestorePreview, RestoreResult } from '../../../shared/ipc/types'
import { BackupError } from './backupError'
import { FileSkippedError, readRegularFile } from '../files/readRegularFile'
import {
  collectBackupFiles,
  MAX_UNPACKED_BYTES,
  unpackBackup,
  type BackupFiles
} from './backupArchive'
import type { BackupManifest } from './backupManifest'
import type { BackupPaths } from './backupPaths'
import { createBackup } from './createBackup'
import { countStudyStates } from './studyInBackup'
import { replaceFileAtomically } from './writeArchive'

export interface RestoreOptions {
  now?: number
  /**
   * "Undo restore": `archive` must be a safety backup. It still gets a safety backup of its own
   * (the edits made since the restore are kept there), marked as an undo so it is not offered
   * for undo in turn.
   */
  undo?: boolean
  /**
   * Applies the archive's config store (settings, sources, study state) to the running app.
   * Without it, config.json is replaced on disk and the caller must reload its store.
   */
  applyConfig?: (config: Record<string, unknown>) => Promise<void> | void
}

async function loadArchive(
  archive: string
): Promise<{ files: BackupFiles; manifest: BackupManifest }> {
  let read: Awaited<ReturnType<typeof readRegularFile>>
  try {
    // An archive can be no larger than what it may unpack to; a folder or FIFO is refused.
    read = await readRegularFile(archive, MAX_UNPACKED_BYTES)
  } catch (error) {
    const why =
      error instanceof FileSkippedError
        ? error.kind === 'too-large'
          ? 'it is too large to be a Study Notebook backup'
          : 'it is not a regular file'
        : 'the file cannot be read'
    throw new BackupError(
      'unreadable',
      `Cannot restore ${archive}: ${why}. Choose another backup.`,
      {
        cause: error
      }
    )
  }
  if (!read)
    throw new BackupError(
      'unreadable',
      `Cannot restore ${archive}: the file does not exist. Choose another backup.`
    )
  return unpackBackup(read.bytes, basename(archive))
}

function parseConfig(data: Uint8Array | undefined): Record<string, unknown> | null {
  if (!data) return null
  try {
    const value: unknown = JSON.parse(strFromU8(data))
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

// Key order does not make settings different.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))
        )
      : v
  )
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i])
}

const answerId = (path: string) => path.slice('notebook/'.length).replace(/\.md$/, '')
const isAnswer = (path: string) => path.startsWith('notebook/') && path.endsWith('.md')

/** What restoring `archive` would change. Throws BackupError for a damaged or foreign archive. */
export async function previewRestore(archive: string, paths: BackupPaths): Promise<RestorePreview> {
  const { files } = await loadArchive(archive)
  const current = await collectBackupFiles(paths)
  const changed: string[] = []
  const added: string[] = []
  for (const [path, data] of files) {
    if (!isAnswer(path)) continue
    const now = current.get(path)
    if (!now) added.push(answerId(path))
    else if (!sameBytes(now, data)) changed.push(answerId(path))
  }
  const onlyCurrent = [...current.keys()].filter((p) => isAnswer(p) && !files.has(p)).map(answerId)
  const archived = parseConfig(files.get('config.json'))
  const present = parseConfig(current.get('config.json'))
  return {
    archive,
    changed,
    added,
    onlyCurrent,
    settingsChanged:
      archived !== null &&
      canonical(archived['settings'] ?? null) !== canonical(present?.['settings'] ?? null),
    studyStateCount: countStudyStates(files, archived)
  }
}

/**
 * Restores `archive`: verifies it completely, takes a safety backup of the current state, then
 * writes its answers (each file atomically), config and review log. Answers that exist only now
 * are kept. Throws BackupError before changing anything when the archive is unusable.
 */
export async function restoreBackup(
  archive: string,
  paths: BackupPaths,
  options: RestoreOptions = {}
): Promise<RestoreResult> {
  const { files, manifest } = await loadArchive(archive)
  const undo = options.undo === true
  if (undo && manifest.reason !== 'safety')
    throw new BackupError(
      'not-undoable',
      `${basename(archive)} was not taken before a restore, so there is no restore to undo. Restore it from the list instead.`
    )
  const safety = await createBackup(paths, 'safety', {
    ...(options.now !== undefined ? { now: options.now } : {}),
    restore: { of: manifest.createdAt, undo }
  })
  try {
    // An undo puts the notebook back as it was: answers the restore added go (they, and any
    // edits since, are in the safety backup just taken).
    if (undo) await removeAnswersNotIn(files, paths)
    const restoredAnswers = await writeArchiveFiles(files, paths, options)
    return { restoredAnswers, safetyBackup: safety.path, undo }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new BackupError(
      'restore-failed',
      `The restore stopped part way (${reason}). Your notes as they were before are in ${safety.path}.`,
      { cause: error }
    )
  }
}

async function removeAnswersNotIn(files: BackupFiles, paths: BackupPaths): Promise<void> {
  for (const path of (await collectBackupFiles(paths)).keys()) {
    if (!isAnswer(path) || files.has(path)) continue
    await rm(join(paths.notebookDir, ...path.slice('notebook/'.length).split('/')), { force: true })
  }
}

async function writeArchiveFiles(
  files: BackupFiles,
  paths: BackupPaths,
  options: RestoreOptions
): Promise<number> {
  let restoredAnswers = 0
  for (const [path, data] of files) {
    if (!path.startsWith('notebook/')) continue
    const target = join(paths.notebookDir, ...path.slice('notebook/'.length).split('/'))
    await mkdir(dirname(target), { recursive: true })
    await replaceFileAtomically(target, data)
    if (isAnswer(path)) restoredAnswers++
  }
  const config = files.get('config.json')
  if (config) {
    const parsed = parseConfig(config)
    if (options.applyConfig && parsed) await options.applyConfig(parsed)
    else {
      await mkdir(dirname(paths.configFile), { recursive: true })
      await replaceFileAtomically(paths.configFile, config)
    }
  }
  const reviews = files.get('reviews.jsonl')
  if (reviews) {
    await mkdir(dirname(paths.reviewLog), { recursive: true })
    await replaceFileAtomically(paths.reviewLog, reviews)
  }
  return restoredAnswers
}
