/**
 * Where the study logs sit in the notebook folder, and reading them all with a cheap change
 * check (size and mtime of every log file).
 *
 * Layout (one writer per file, so no sync tool or git ever merges one):
 *   reviews/<device id>.jsonl  one line per practice review (append-only)
 *   study/<device id>.jsonl    one line per status / favourite / tags change (append-only)
 * Every `.jsonl` in those folders is read, a sync tool's conflict copy of a log included: the
 * replay de-duplicates by review and event id, so a copy adds only what the original lacks.
 */
import { lstat, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { LogText } from '../../../shared/domain/study/replayStudyLogs'
import { isTempFileName } from '../files/atomicWrite'

/** Folder of review logs in the notebook folder. */
export const REVIEWS_DIR = 'reviews'
/** Folder of status / favourite / tags logs in the notebook folder. */
export const STATE_DIR = 'study'

/** `notebook/<folder>/<device>.jsonl` for one device. */
export function logPathOf(notebookDir: string, folder: string, deviceId: string): string {
  return join(notebookDir, folder, `${deviceId}.jsonl`)
}

/** Relative path → "size:mtime" of every log file; equal stamps mean nothing changed. */
export type LogStamps = Record<string, string>

async function logNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return []
      throw error
    }
  )
  return entries
    .filter(
      (e) =>
        e.isFile() &&
        e.name.endsWith('.jsonl') &&
        !e.name.startsWith('.') &&
        !isTempFileName(e.name)
    )
    .map((e) => e.name)
    .sort()
}

/** The stamps of every log file now. */
export async function stampLogs(notebookDir: string): Promise<LogStamps> {
  const stamps: LogStamps = {}
  for (const folder of [REVIEWS_DIR, STATE_DIR])
    for (const name of await logNames(join(notebookDir, folder))) {
      // lstat: a symlink or FIFO in place of a log is not read (a FIFO would hang the read).
      const stats = await lstat(join(notebookDir, folder, name)).catch(() => null)
      if (stats?.isFile()) stamps[`${folder}/${name}`] = `${stats.size}:${stats.mtimeMs}`
    }
  return stamps
}

/** True when both stamp sets name the same files with the same size and mtime. */
export function sameStamps(a: LogStamps, b: LogStamps): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k])
}

/** Every log's text, sorted by name (so every device replays in the same order). */
export async function readLogs(
  notebookDir: string,
  stamps: LogStamps
): Promise<{ reviews: LogText[]; events: LogText[] }> {
  const reviews: LogText[] = []
  const events: LogText[] = []
  for (const rel of Object.keys(stamps).sort()) {
    const text = await readFile(join(notebookDir, ...rel.split('/')), 'utf8').catch(
      (error: NodeJS.ErrnoException) => {
        // Removed between the listing and the read (a sync tool replacing it): next time.
        if (error.code === 'ENOENT') return ''
        throw error
      }
    )
    const log = { source: rel, text }
    if (rel.startsWith(`${REVIEWS_DIR}/`)) reviews.push(log)
    else events.push(log)
  }
  return { reviews, events }
}
