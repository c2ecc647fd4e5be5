import { appendFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { createReviewHistory } from '../../../../../src/main/services/review/reviewHistory'
import { record, tempReviewLog } from './reviewFixtures'

const log = tempReviewLog(['reviews.jsonl'])

describe('review history', () => {
  it('serves its own appends from memory, in order, without duplicates', async () => {
    const history = createReviewHistory(log.logPath())
    expect((await history.read()).records).toEqual([])
    await Promise.all([
      history.append(record('a', 1)),
      history.read(),
      history.append(record('b', 2)),
      history.read()
    ])
    expect((await history.read()).records.map((r) => r.id)).toEqual(['a', 'b'])
    // A second reader of the same file (a restart) sees the same history.
    expect((await createReviewHistory(log.logPath()).read()).records.map((r) => r.id)).toEqual([
      'a',
      'b'
    ])
  })

  it('reads the file again when it changed behind its back', async () => {
    const history = createReviewHistory(log.logPath())
    await history.append(record('a', 1))
    await history.read()
    await appendFile(log.logPath(), `${JSON.stringify(record('restored', 5))}\n{"torn`)
    const after = await history.read()
    expect(after.records.map((r) => r.id)).toEqual(['a', 'restored'])
    expect(after.skipped).toBe(1)
    await writeFile(log.logPath(), '')
    expect((await history.read()).records).toEqual([])
  })
})
