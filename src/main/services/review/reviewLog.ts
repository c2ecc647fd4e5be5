/**
 * The append-only review log (`reviews.jsonl`): one JSON line per review, fsync'd before the
 * review counts as saved. History never goes into the config store, which rewrites its whole
 * file on every change. A line torn by a crash mid-write is skipped on read, and the next append
 * starts on a fresh line so the torn bytes cannot swallow it.
 */
import { lstat, mkdir, open, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { isReviewRecord } from '../../../shared/domain/study/studyLogLines'
import type { ReviewRecord } from '../../../shared/domain/study/types'

export interface ReviewLogContents {
  records: ReviewRecord[]
  /** Lines that were not a valid review record (a torn last line, hand edits). */
  skipped: number
}

export { isReviewRecord }

/** Parses the log text; unreadable lines are counted and skipped, never fatal. */
export function parseReviewLog(text: string): ReviewLogContents {
  const records: ReviewRecord[] = []
  let skipped = 0
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    try {
      const value: unknown = JSON.parse(line)
      if (isReviewRecord(value)) records.push(value)
      else skipped += 1
    } catch {
      skipped += 1
    }
  }
  return { records, skipped }
}

/** Reads every review in the log; a missing file is an empty history. */
export async function readReviewLog(path: string): Promise<ReviewLogContents> {
  try {
    return parseReviewLog(await readFile(path, 'utf8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], skipped: 0 }
    throw error
  }
}

// lstat, and only a regular file: a folder in its place fails with EISDIR anyway, but a FIFO
// would hang the open (for the torn-tail check, or the append) forever.
async function requireRegularFile(path: string): Promise<void> {
  const stats = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
  if (stats && !stats.isFile())
    throw Object.assign(new Error(`${path} is not a regular file`), { code: 'ENOTFILE' })
}

/** Whether the file is non-empty and its last byte is not a newline (a torn last line). */
async function endsMidLine(path: string): Promise<boolean> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
  try {
    const { size } = await handle.stat()
    if (size === 0) return false
    const last = Buffer.alloc(1)
    await handle.read(last, 0, 1, size - 1)
    return last[0] !== 0x0a
  } finally {
    await handle.close()
  }
}

/** Appends JSON lines to one log file, one write at a time, each fsync'd. */
export interface ReviewLogWriter<T extends object = ReviewRecord> {
  append(record: T): Promise<void>
}

/** Opens a writer for the log at `path` (created with its folder on first append). */
export function createReviewLogWriter<T extends object = ReviewRecord>(
  path: string
): ReviewLogWriter<T> {
  // Appends are chained so two reviews in flight cannot interleave their bytes.
  let queue: Promise<void> = Promise.resolve()
  let checkedTail = false

  async function write(record: T): Promise<void> {
    await mkdir(dirname(path), { recursive: true })
    await requireRegularFile(path)
    // Only the first append can meet a torn tail: after it every write ends in a newline.
    const prefix = !checkedTail && (await endsMidLine(path)) ? '\n' : ''
    const handle = await open(path, 'a')
    try {
      await handle.write(`${prefix}${JSON.stringify(record)}\n`)
      await handle.sync()
      checkedTail = true
    } finally {
      await handle.close()
    }
  }

  return {
    append(record) {
      const next = queue.then(() => write(record))
      // A failed append must not block the ones after it; the caller still sees the error.
      queue = next.catch(() => undefined)
      return next
    }
  }
}
