/**
 * The review log as the study handlers use it: appends go straight to disk (fsync'd), and the
 * parsed history is kept in memory so the progress view does not re-read a log that only this
 * process writes. A change made behind its back (a restored backup, a hand edit) shows up as a
 * different size or mtime and the file is read again.
 */
import { lstat } from 'node:fs/promises'
import type { ReviewRecord } from '../../../shared/domain/study/types'
import { createReviewLogWriter, readReviewLog, type ReviewLogContents } from './reviewLog'

interface Stamp {
  size: number
  mtimeMs: number
}

// lstat, and only a regular file: a folder in its place fails with EISDIR, and a FIFO would
// hang the read (or the append) forever.
async function stampOf(path: string): Promise<Stamp> {
  const stats = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
  if (!stats) return { size: 0, mtimeMs: 0 }
  if (!stats.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' })
  return { size: stats.size, mtimeMs: stats.mtimeMs }
}

/** The log failed: a sentence naming the file, what is wrong and what to do. */
export function reviewLogError(error: unknown, path: string, doing: 'read' | 'saved'): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code
  const what =
    code === 'ENOTFILE' || code === 'EISDIR'
      ? 'is not a regular file (a folder or another special file is in its place); rename or move it'
      : code === 'EACCES' || code === 'EPERM'
        ? 'cannot be accessed (permission denied); check who owns it'
        : code === 'ENOSPC'
          ? 'cannot grow: the disk is full; free some space'
          : `could not be ${doing} (${code ?? (error instanceof Error ? error.message : String(error))}); check the disk`
  const outcome =
    doing === 'saved'
      ? 'This review was not saved; grade again after that.'
      : 'Try again after that.'
  return new Error(`The review history ${path} ${what}. ${outcome}`, { cause: error })
}

export interface ReviewHistory {
  append(record: ReviewRecord): Promise<void>
  /** Every review so far; treat the result as read-only. */
  read(): Promise<ReviewLogContents>
}

/** Opens the history of the log at `path`. */
export function createReviewHistory(path: string): ReviewHistory {
  const writer = createReviewLogWriter(path)
  let cache: (Stamp & { contents: ReviewLogContents }) | null = null
  // Reads and appends take turns, so a read can never see half of an append's cache update.
  let turn: Promise<unknown> = Promise.resolve()
  const inTurn = <T>(job: () => Promise<T>): Promise<T> => {
    const next = turn.then(job)
    turn = next.catch(() => undefined)
    return next
  }

  return {
    append: (record) =>
      inTurn(async () => {
        try {
          await stampOf(path)
          await writer.append(record)
        } catch (error) {
          throw reviewLogError(error, path, 'saved')
        }
        if (cache)
          cache = { ...(await stampOf(path)), contents: withRecord(cache.contents, record) }
      }),
    read: () =>
      inTurn(async () => {
        let stamp: Stamp
        let contents: ReviewLogContents
        try {
          stamp = await stampOf(path)
          if (cache && cache.size === stamp.size && cache.mtimeMs === stamp.mtimeMs)
            return cache.contents
          contents = await readReviewLog(path)
        } catch (error) {
          throw reviewLogError(error, path, 'read')
        }
        cache = { ...stamp, contents }
        return contents
      })
  }
}

function withRecord(contents: ReviewLogContents, record: ReviewRecord): ReviewLogContents {
  return { records: [...contents.records, record], skipped: contents.skipped }
}
