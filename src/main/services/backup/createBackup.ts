/**
 * Making, listing and pruning backup archives in the backups folder. Archives are named by time
 * and reason (`backup-<UTC time>-<reason>.zip`) so names sort by age.
 */
import { access, mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupInfo } from '../../../shared/ipc/types'
import { FileSkippedError, readRegularFile } from '../files/readRegularFile'
import {
  collectBackupFiles,
  MAX_UNPACKED_BYTES,
  packBackup,
  readBackupManifest
} from './backupArchive'
import { BackupError } from './backupError'
import type { BackupManifest, BackupReason, RestoreMark } from './backupManifest'
import type { BackupPaths } from './backupPaths'
import { replaceFileAtomically } from './writeArchive'

/** How many automatic (daily) backups are kept. */
export const KEEP_AUTOMATIC = 7

const NAME =
  /^backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(manual|automatic|safety)(?:-\d+)?\.zip$/

export interface BackupOptions {
  now?: number
  /** A safety backup records the restore it was taken before. */
  restore?: RestoreMark
}

function archiveName(createdAt: number, reason: BackupReason, n: number): string {
  const stamp = new Date(createdAt).toISOString().replace(/[:.]/g, '-')
  return `backup-${stamp}-${reason}${n > 1 ? `-${n}` : ''}.zip`
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}

/**
 * Writes a backup of the answers, config store (settings, sources, study state) and review log
 * to the backups folder and returns what was written. Never overwrites an existing archive.
 */
export async function createBackup(
  paths: BackupPaths,
  reason: BackupReason = 'manual',
  options: BackupOptions = {}
): Promise<BackupInfo> {
  const createdAt = options.now ?? Date.now()
  const files = await collectBackupFiles(paths)
  const { zip, manifest } = packBackup(files, reason, createdAt, options.restore)
  await mkdir(paths.backupsDir, { recursive: true })
  let path = join(paths.backupsDir, archiveName(createdAt, reason, 1))
  for (let n = 2; await exists(path); n++)
    path = join(paths.backupsDir, archiveName(createdAt, reason, n))
  await replaceFileAtomically(path, zip)
  return infoOf(path, manifest)
}

/** What the backups list says about an archive, all of it from its manifest. */
export function infoOf(path: string, manifest: BackupManifest): BackupInfo {
  return {
    path,
    createdAt: manifest.createdAt,
    answerCount: manifest.answerCount,
    automatic: manifest.reason === 'automatic',
    kind: manifest.reason,
    ...(manifest.restore ? { restore: manifest.restore } : {})
  }
}

/**
 * Backup archives in the folder, newest first. One that cannot be read is listed as damaged
 * (with why, and the time in its name), so it does not silently disappear; it is never offered
 * for restore.
 */
export async function listBackups(backupsDir: string): Promise<BackupInfo[]> {
  const names = await readdir(backupsDir).catch(() => [] as string[])
  const infos: BackupInfo[] = []
  for (const name of names) {
    const match = NAME.exec(name)
    if (!match) continue
    const path = join(backupsDir, name)
    try {
      const read = await readRegularFile(path, MAX_UNPACKED_BYTES)
      if (!read) continue
      const manifest = readBackupManifest(read.bytes, name)
      infos.push(infoOf(path, manifest))
    } catch (error) {
      infos.push({
        path,
        createdAt: timeOfName(match[1]!),
        answerCount: 0,
        automatic: match[2] === 'automatic',
        // Unreadable, so its manifest cannot say; the name is all there is.
        kind: match[2] as BackupReason,
        damaged: damagedReason(error)
      })
    }
  }
  return infos.sort((a, b) => b.createdAt - a.createdAt || b.path.localeCompare(a.path))
}

/** Deletes automatic backups beyond the newest `keep`; manual and safety backups are never pruned. */
export async function pruneAutomaticBackups(
  backupsDir: string,
  keep = KEEP_AUTOMATIC
): Promise<string[]> {
  const names = await readdir(backupsDir).catch(() => [] as string[])
  const automatic = names
    .filter((n) => NAME.exec(n)?.[2] === 'automatic')
    .sort()
    .reverse()
  const removed: string[] = []
  for (const name of automatic.slice(keep)) {
    await rm(join(backupsDir, name), { force: true })
    removed.push(join(backupsDir, name))
  }
  return removed
}

// `2024-05-01T10-20-30-123Z` (the name's stamp) back to a time.
function timeOfName(stamp: string): number {
  const [date, time] = stamp.split('T') as [string, string]
  const [h, m, sec, ms] = time.replace('Z', '').split('-')
  return Date.parse(`${date}T${h}:${m}:${sec}.${ms}Z`)
}

function damagedReason(error: unknown): string {
  if (error instanceof BackupError) return error.message
  if (error instanceof FileSkippedError) return `This backup cannot be read: ${error.reason}.`
  return 'This backup cannot be read (the system refused it); it was left in the backups folder.'
}

function localDay(time: number): string {
  const d = new Date(time)
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`
}

/**
 * The rolling daily backup: call at start-up (and, say, hourly). Makes an automatic backup
 * unless one exists from today (local time) or there is nothing to back up, then keeps the
 * newest seven. Returns the new backup, or null when none was needed.
 */
export async function ensureDailyBackup(
  paths: BackupPaths,
  options: BackupOptions & { keep?: number } = {}
): Promise<BackupInfo | null> {
  const now = options.now ?? Date.now()
  // A damaged backup of today does not count: make a good one.
  const latest = (await listBackups(paths.backupsDir)).find((b) => b.automatic && !b.damaged)
  let created: BackupInfo | null = null
  if (!latest || localDay(latest.createdAt) !== localDay(now)) {
    const files = await collectBackupFiles(paths)
    if (files.size > 0) created = await createBackup(paths, 'automatic', { now })
  }
  await pruneAutomaticBackups(paths.backupsDir, options.keep ?? KEEP_AUTOMATIC)
  return created
}
