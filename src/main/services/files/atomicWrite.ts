/**
 * Crash-safe file replacement: write a temp file beside the target, fsync it, rename it over the
 * target, then fsync the folder. A crash at any point leaves either the old or the new version,
 * never a half-written file; what a killed write leaves behind is a temp file that
 * `removeStaleTempFiles` cleans at the next start.
 */
import { randomBytes } from 'node:crypto'
import { open, readdir, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

// Same shape as the temp files conf/electron-store (atomically) leave: `<file>.tmp-<digits+hex>`.
const TEMP_SUFFIX = /\.tmp-[0-9a-f]{8,}$/

/** The temp path used for one write of `file`. Exported for tests. */
export function tempPathFor(file: string): string {
  return `${file}.tmp-${Date.now()}${randomBytes(3).toString('hex')}`
}

/** True when `name` is a leftover temp file of an atomic write. */
export function isTempFileName(name: string): boolean {
  return TEMP_SUFFIX.test(name)
}

/** Atomically replaces `file` with `data` (UTF-8 for strings). */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(file)
  const handle = await open(temp, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await handle.close()
  try {
    await rename(temp, file)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await syncDirectory(dirname(file))
}

/**
 * Makes renames inside `dir` durable. Windows cannot open folders for fsync; there rename is
 * enough.
 */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r').catch(() => null)
  if (!handle) return
  try {
    await handle.sync()
  } catch {
    // Some file systems refuse fsync on folders; the data itself is already synced.
  } finally {
    await handle.close()
  }
}

/**
 * Deletes temp files left by writes that were killed mid-way (ours and electron-store's).
 * Only names matching the temp pattern are touched. Returns the removed file names.
 */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  const removed: string[] = []
  for (const name of names) {
    if (!isTempFileName(name)) continue
    try {
      await unlink(join(dir, name))
      removed.push(basename(name))
    } catch {
      // Vanished or locked: nothing to clean.
    }
  }
  return removed
}
