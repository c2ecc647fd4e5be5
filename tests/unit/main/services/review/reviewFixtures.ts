/** Review records and a throwaway log path for the review-log tests. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import type { ReviewRecord } from '../../../../../src/shared/domain/study/types'

/** One review of `id` at `at`, due a second later. */
export const record = (id: string, at: number, grade: 1 | 2 | 3 | 4 = 3): ReviewRecord => ({
  v: 1,
  id,
  grade,
  at,
  stateBefore: 0,
  due: at + 1000,
  scheduledDays: 1,
  stability: 1,
  difficulty: 5
})

/** A fresh temp folder per test (`dir()`); `logPath()` is the review log at `relative` in it. */
export function tempReviewLog(relative: string[]): { dir: () => string; logPath: () => string } {
  let dir = ''
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'review-log-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))
  return { dir: () => dir, logPath: () => join(dir, ...relative) }
}
