/**
 * The review log as the study handlers use it: appends go straight to disk (fsync'd), and the
 * parsed history is kept in memory so the progress view does not re-read a log that only this
 * process writes. A change made behind its back (a restored backup, a hand edit) shows up as a
 * different size or mtime and the file is read again.
 */
import { stat } from 'node:fs/promises'
import type { ReviewRecord } from '../../../shared/domain/study/types'
import { createReviewLogWriter, readReviewLog, type ReviewLogContents } from './reviewLog'

interface Stamp {
  size: number
  mtimeMs: number
}

async function stampOf(path: string): Promise<Stamp> {
  try {
    const { size, mtimeMs } = await stat(path)
    return { size, mtimeMs }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { size: 0, mtimeMs: 0 }
    throw error
  }
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
        await writer.append(record)
        if (cache)
          cache = { ...(await stampOf(path)), contents: withRecord(cache.contents, record) }
      }),
    read: () =>
      inTurn(async () => {
        const stamp = await stampOf(path)
        if (cache && cache.size === stamp.size && cache.mtimeMs === stamp.mtimeMs)
          return cache.contents
        const contents = await readReviewLog(path)
        cache = { ...stamp, contents }
        return contents
      })
  }
}

function withRecord(contents: ReviewLogContents, record: ReviewRecord): ReviewLogContents {
  return { records: [...contents.records, record], skipped: contents.skipped }
}
