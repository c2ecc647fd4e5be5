/**
 * The manifest at the root of every backup archive: what made it, when, and a SHA-256 checksum
 * per file, so a damaged or foreign archive is recognised before anything is restored.
 */
import { createHash } from 'node:crypto'

export const BACKUP_FORMAT = 'study-notebook-backup'
export const BACKUP_VERSION = 1
export const MANIFEST_PATH = 'manifest.json'

/** Why a backup was taken: by the user, by the daily schedule, or just before a restore. */
export type BackupReason = 'manual' | 'automatic' | 'safety'

export interface ManifestFile {
  /** Path inside the archive (`notebook/<id>.md`, `config.json`, `reviews.jsonl`). */
  path: string
  size: number
  sha256: string
}

/** For a safety backup: the restore it was taken before. */
export interface RestoreMark {
  /** When the backup being restored was made (its manifest's createdAt). */
  of: number
  /** True when that restore was an "Undo restore" (it brings back an earlier safety backup). */
  undo: boolean
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT
  version: number
  /** ISO time, for people reading the manifest. */
  created: string
  createdAt: number
  reason: BackupReason
  /** Safety backups only; archives from before this field have none. */
  restore?: RestoreMark
  answerCount: number
  files: ManifestFile[]
}

/** Hex SHA-256 of the bytes. */
export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** True for the archive paths a backup may hold; anything else (`../x`, `/etc`) is refused. */
export function isAllowedArchivePath(path: string): boolean {
  if (path === 'config.json' || path === 'reviews.jsonl') return true
  if (!path.startsWith('notebook/')) return false
  const parts = path.slice('notebook/'.length).split('/')
  return parts.every(
    (p) => p !== '' && p !== '.' && p !== '..' && !p.includes('\\') && !p.includes(':')
  )
}

/** The manifest's JSON checked field by field; a message saying what is wrong otherwise. */
export function readManifest(value: unknown): BackupManifest | string {
  if (typeof value !== 'object' || value === null) return 'its manifest is not an object'
  const m = value as Record<string, unknown>
  if (m['format'] !== BACKUP_FORMAT) return 'its manifest is not a Study Notebook manifest'
  if (typeof m['version'] !== 'number' || !Number.isInteger(m['version']))
    return 'its manifest has no version'
  if (typeof m['createdAt'] !== 'number') return 'its manifest has no creation time'
  if (!Array.isArray(m['files'])) return 'its manifest lists no files'
  const files: ManifestFile[] = []
  for (const f of m['files'] as unknown[]) {
    const file = f as Record<string, unknown> | null
    if (
      !file ||
      typeof file['path'] !== 'string' ||
      typeof file['size'] !== 'number' ||
      typeof file['sha256'] !== 'string'
    )
      return 'its manifest has a malformed file entry'
    files.push({ path: file['path'], size: file['size'], sha256: file['sha256'] })
  }
  const reason = m['reason']
  const restore = readRestoreMark(m['restore'])
  return {
    format: BACKUP_FORMAT,
    version: m['version'],
    created:
      typeof m['created'] === 'string' ? m['created'] : new Date(m['createdAt']).toISOString(),
    createdAt: m['createdAt'],
    reason: reason === 'automatic' || reason === 'safety' ? reason : 'manual',
    ...(reason === 'safety' && restore ? { restore } : {}),
    answerCount: typeof m['answerCount'] === 'number' ? m['answerCount'] : 0,
    files
  }
}

// Optional: a malformed mark is dropped (the backup is still good), never an error.
function readRestoreMark(value: unknown): RestoreMark | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const mark = value as Record<string, unknown>
  if (typeof mark['of'] !== 'number' || !Number.isFinite(mark['of'])) return undefined
  return { of: mark['of'], undo: mark['undo'] === true }
}
