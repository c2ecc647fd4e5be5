// Issue #14, case 10 (study mode): the review log being a folder surfaced a raw EISDIR, and a
// FIFO in its place would hang the review (the log is now reviews/<device>.jsonl in the notebook
// folder, written by the study log store).
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { StudyLogStore } from '../../src/main/services/studyLog/studyLogStore'
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

/** A loaded store whose own review log path is taken by `makeInPlace`. */
async function storeWith(makeInPlace: (path: string) => void): Promise<StudyLogStore> {
  const notebookDir = tempDir()
  mkdirSync(join(notebookDir, 'reviews'))
  const study = new StudyLogStore({ notebookDir, deviceId: 'laptop', now: () => 10 })
  makeInPlace(study.reviewLogPath)
  await study.load()
  return study
}

describe('the review log replaced by something else', () => {
  it('a folder in its place gives a sentence for a review; progress still reads', async () => {
    const study = await storeWith((path) => mkdirSync(path))
    const expected = `The review history ${study.reviewLogPath} is not a regular file (a folder or another special file is in its place); rename or move it.`
    await expect(study.recordReview(RECORD)).rejects.toThrow(
      `${expected} This review was not saved; grade again after that.`
    )
    expect((await study.reviews()).records).toEqual([])
    expect(study.stored('gil')).toBeUndefined()
  })

  it.skipIf(process.platform === 'win32')(
    'a FIFO in its place is refused, not waited on',
    async () => {
      const study = await storeWith((path) => execFileSync('mkfifo', [path]))
      await expect(study.recordReview(RECORD)).rejects.toThrow(/is not a regular file/)
      expect((await study.reviews()).records).toEqual([])
    }
  )
})
