/**
 * Packing and unpacking backup archives (zip via fflate). Unpacking checks everything before
 * returning: it is a zip, it has our manifest, every file is listed, allowed and matches its
 * checksum. Nothing is written to disk here.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { BackupError } from './backupError'
import type { BackupPaths } from './backupPaths'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MANIFEST_PATH,
  isAllowedArchivePath,
  readManifest,
  sha256Hex,
  type BackupManifest,
  type BackupReason,
  type RestoreMark
} from './backupManifest'
import { validateBackupFiles } from './validateBackupFiles'

/** Archive path → bytes. */
export type BackupFiles = Map<string, Uint8Array>

/** Far above any real notebook; stops a hostile archive from filling memory when unpacked. */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
// Left behind by interrupted atomic writes (ours and electron-store's): never worth keeping.
const TEMP_FILE = /\.tmp(-[0-9a-f]+)?$/

async function readIfExists(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

// Answer files, as '/'-separated paths; dot entries (.git, .obsidian), temp files and the
// `skip` paths (the backups folder, should someone put the notebook around it) left out.
async function listFiles(dir: string, skip: ReadonlySet<string>, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return []
      throw error
    }
  )
  const found: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.') || TEMP_FILE.test(entry.name)) continue
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (skip.has(resolve(dir, ...rel.split('/')))) continue
    if (entry.isDirectory()) for (const file of await listFiles(dir, skip, rel)) found.push(file)
    else if (entry.isFile()) found.push(rel)
  }
  return found.sort()
}

/** Reads what a backup holds from disk: every answer file, the config store and the review log. */
export async function collectBackupFiles(paths: BackupPaths): Promise<BackupFiles> {
  const files: BackupFiles = new Map()
  const skip = new Set([paths.backupsDir, paths.configFile, paths.reviewLog].map((p) => resolve(p)))
  for (const rel of await listFiles(paths.notebookDir, skip))
    files.set(`notebook/${rel}`, await readFile(join(paths.notebookDir, ...rel.split('/'))))
  const config = await readIfExists(paths.configFile)
  if (config) files.set('config.json', config)
  const reviews = await readIfExists(paths.reviewLog)
  if (reviews) files.set('reviews.jsonl', reviews)
  return files
}

/** How many answers a set of backup files holds (Markdown files in the notebook folder). */
export function countAnswers(files: Iterable<string>): number {
  let count = 0
  for (const path of files) if (path.startsWith('notebook/') && path.endsWith('.md')) count++
  return count
}

/** Builds the archive bytes: the manifest first, then the files. */
export function packBackup(
  files: BackupFiles,
  reason: BackupReason,
  createdAt: number,
  restore?: RestoreMark
): {
  zip: Uint8Array
  manifest: BackupManifest
} {
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    created: new Date(createdAt).toISOString(),
    createdAt,
    reason,
    ...(restore ? { restore } : {}),
    answerCount: countAnswers(files.keys()),
    files: [...files].map(([path, data]) => ({ path, size: data.length, sha256: sha256Hex(data) }))
  }
  const zippable: Zippable = { [MANIFEST_PATH]: strToU8(JSON.stringify(manifest, null, 2) + '\n') }
  for (const [path, data] of files) zippable[path] = data
  // Zip stores DOS times, which start in 1980.
  const mtime = new Date(Math.max(createdAt, Date.UTC(1980, 0, 2)))
  return { zip: zipSync(zippable, { level: 6, mtime }), manifest }
}

function unzip(bytes: Uint8Array, name: string, only?: string): Record<string, Uint8Array> {
  let declared = 0
  try {
    // fflate inflates each file into a buffer of its declared size and no further, and calls
    // the filter before inflating it: refusing here stops a zip bomb at the limit.
    return unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize
        if (declared > MAX_UNPACKED_BYTES)
          throw new BackupError(
            'too-large',
            `${name} is too large to be a Study Notebook backup (it would unpack to more than ${MAX_UNPACKED_BYTES / (1024 * 1024)} MB); choose another backup.`
          )
        return only === undefined || file.name === only
      }
    })
  } catch (error) {
    if (error instanceof BackupError) throw error
    throw new BackupError(
      'not-zip',
      `${name} cannot be restored: it is not a readable zip archive (damaged, or another kind of file).`,
      { cause: error }
    )
  }
}

function parseManifest(raw: Uint8Array | undefined, name: string): BackupManifest {
  const foreign = (why: string) =>
    new BackupError('foreign', `${name} is not a Study Notebook backup: ${why}.`)
  if (!raw) throw foreign('it has no manifest.json')
  let json: unknown
  try {
    json = JSON.parse(strFromU8(raw))
  } catch {
    throw foreign('its manifest is not valid JSON')
  }
  const manifest = readManifest(json)
  if (typeof manifest === 'string') throw foreign(manifest)
  if (manifest.version > BACKUP_VERSION)
    throw new BackupError(
      'too-new',
      `${name} was made by a newer version of Study Notebook (backup format ${manifest.version}); update the app to restore it.`
    )
  return manifest
}

/** Reads only the manifest (for listing backups); throws BackupError if it is not one of ours. */
export function readBackupManifest(bytes: Uint8Array, name: string): BackupManifest {
  return parseManifest(unzip(bytes, name, MANIFEST_PATH)[MANIFEST_PATH], name)
}

/** Unpacks and verifies an archive completely. Throws BackupError naming the first problem. */
export function unpackBackup(
  bytes: Uint8Array,
  name: string
): { manifest: BackupManifest; files: BackupFiles } {
  const entries = unzip(bytes, name)
  const manifest = parseManifest(entries[MANIFEST_PATH], name)
  const damaged = (why: string) =>
    new BackupError('damaged', `${name} is damaged and was not restored: ${why}.`)
  const files: BackupFiles = new Map()
  for (const listed of manifest.files) {
    if (!isAllowedArchivePath(listed.path))
      throw damaged(`it lists an unexpected path "${listed.path}"`)
    const data = entries[listed.path]
    if (!data) throw damaged(`${listed.path} is missing`)
    if (data.length !== listed.size || sha256Hex(data) !== listed.sha256)
      throw damaged(`${listed.path} does not match its checksum`)
    files.set(listed.path, data)
  }
  for (const path of Object.keys(entries))
    if (path !== MANIFEST_PATH && !files.has(path) && !path.endsWith('/'))
      throw damaged(`${path} is not listed in its manifest`)
  validateBackupFiles(files, name)
  return { manifest, files }
}
