import { readFile, writeFile, appendFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  createReviewLogWriter,
  parseReviewLog,
  readReviewLog
} from '../../../../../src/main/services/review/reviewLog'
import { record, tempReviewLog } from './reviewFixtures'

const log = tempReviewLog(['nested', 'reviews.jsonl'])

describe('review log', () => {
  it('reads a missing log as empty history', async () => {
    expect(await readReviewLog(log.logPath())).toEqual({ records: [], skipped: 0 })
  })

  it('appends one JSON line per review and reads them back in order', async () => {
    const writer = createReviewLogWriter(log.logPath())
    await writer.append(record('a', 1))
    await writer.append({ ...record('b', 2, 1), draft: 'line one\nline "two"' })
    const text = await readFile(log.logPath(), 'utf8')
    expect(text.split('\n')).toHaveLength(3)
    expect(text.endsWith('\n')).toBe(true)
    const { records, skipped } = await readReviewLog(log.logPath())
    expect(skipped).toBe(0)
    expect(records.map((r) => [r.id, r.grade, r.draft])).toEqual([
      ['a', 3, undefined],
      ['b', 1, 'line one\nline "two"']
    ])
  })

  it('keeps concurrent appends whole, in call order', async () => {
    const writer = createReviewLogWriter(log.logPath())
    await Promise.all(Array.from({ length: 20 }, (_, i) => writer.append(record(`q${i}`, i))))
    const { records, skipped } = await readReviewLog(log.logPath())
    expect(skipped).toBe(0)
    expect(records.map((r) => r.at)).toEqual(Array.from({ length: 20 }, (_, i) => i))
  })

  it('skips a torn last line instead of failing', async () => {
    const writer = createReviewLogWriter(log.logPath())
    await writer.append(record('a', 1))
    await appendFile(log.logPath(), '{"v":1,"id":"b","grade":3,"at":2,"du')
    const { records, skipped } = await readReviewLog(log.logPath())
    expect(records.map((r) => r.id)).toEqual(['a'])
    expect(skipped).toBe(1)
  })

  it('starts the next append on a fresh line after a torn tail (a restart after a crash)', async () => {
    await createReviewLogWriter(log.logPath()).append(record('a', 1))
    await appendFile(log.logPath(), '{"v":1,"id":"torn"')
    await createReviewLogWriter(log.logPath()).append(record('c', 3))
    const { records, skipped } = await readReviewLog(log.logPath())
    expect(records.map((r) => r.id)).toEqual(['a', 'c'])
    expect(skipped).toBe(1)
  })

  it('skips lines that are JSON but not review records', () => {
    const text = ['{"v":1,"id":"x","grade":9,"at":1,"due":2}', '[]', 'null', '', '  ']
    const good = JSON.stringify(record('ok', 5))
    expect(parseReviewLog([...text, good].join('\n'))).toMatchObject({ skipped: 3 })
    expect(parseReviewLog([...text, good].join('\n')).records).toHaveLength(1)
  })

  it('reports a write error to the caller and keeps accepting appends', async () => {
    await writeFile(join(log.dir(), 'blocker'), 'a file, not a folder')
    const blocked = createReviewLogWriter(join(log.dir(), 'blocker', 'reviews.jsonl'))
    await expect(blocked.append(record('a', 1))).rejects.toThrow()
    const writer = createReviewLogWriter(log.logPath())
    await expect(writer.append(record('b', 2))).resolves.toBeUndefined()
  })
})
