import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createReviewHistory } from '../../../../../src/main/services/review/reviewHistory'
import type { ReviewRecord } from '../../../../../src/shared/domain/study/types'

const record = (id: string, at: number): ReviewRecord => ({
  v: 1,
  id,
  grade: 3,
  at,
  stateBefore: 0,
  due: at + 1000,
  scheduledDays: 1,
  stability: 1,
  difficulty: 5
})

let dir: string
let path: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'review-history-'))
  path = join(dir, 'reviews.jsonl')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('review history', () => {
  it('serves its own appends from memory, in order, without duplicates', async () => {
    const history = createReviewHistory(path)
    expect((await history.read()).records).toEqual([])
    await Promise.all([
      history.append(record('a', 1)),
      history.read(),
      history.append(record('b', 2)),
      history.read()
    ])
    expect((await history.read()).records.map((r) => r.id)).toEqual(['a', 'b'])
    // A second reader of the same file (a restart) sees the same history.
    expect((await createReviewHistory(path).read()).records.map((r) => r.id)).toEqual(['a', 'b'])
  })

  it('reads the file again when it changed behind its back', async () => {
    const history = createReviewHistory(path)
    await history.append(record('a', 1))
    await history.read()
    await appendFile(path, `${JSON.stringify(record('restored', 5))}\n{"torn`)
    const after = await history.read()
    expect(after.records.map((r) => r.id)).toEqual(['a', 'restored'])
    expect(after.skipped).toBe(1)
    await writeFile(path, '')
    expect((await history.read()).records).toEqual([])
  })
})
