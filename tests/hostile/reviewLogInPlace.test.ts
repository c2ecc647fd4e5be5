// Issue #14, case 10 (study mode): `reviews.jsonl` being a folder surfaced a raw EISDIR, and a
// FIFO in its place would hang the progress view.
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createReviewHistory } from '../../src/main/services/review/reviewHistory'
import type { ReviewRecord } from '../../src/shared/domain/study/types'
import { hostileTempDirs } from './hostileTemp'

const tempDir = hostileTempDirs()
const RECORD: ReviewRecord = {
  v: 1,
  id: 'gil',
  grade: 3,
  at: 1,
  stateBefore: 0,
  due: 2,
  scheduledDays: 1,
  stability: 1,
  difficulty: 5
}

describe('the review log replaced by something else', () => {
  it('a folder named reviews.jsonl gives a sentence for a review and for progress', async () => {
    const path = join(tempDir(), 'reviews.jsonl')
    mkdirSync(path)
    const history = createReviewHistory(path)
    const expected = `The review history ${path} is not a regular file (a folder or another special file is in its place); rename or move it.`
    await expect(history.append(RECORD)).rejects.toThrow(
      `${expected} This review was not saved; grade again after that.`
    )
    await expect(history.read()).rejects.toThrow(`${expected} Try again after that.`)
  })

  it.skipIf(process.platform === 'win32')(
    'a FIFO in its place is refused, not waited on',
    async () => {
      const path = join(tempDir(), 'reviews.jsonl')
      execFileSync('mkfifo', [path])
      const history = createReviewHistory(path)
      await expect(history.read()).rejects.toThrow(/is not a regular file/)
      await expect(history.append(RECORD)).rejects.toThrow(/was not saved/)
    }
  )
})
