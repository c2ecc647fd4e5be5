/** Index cache writes wait for a pause in the queries (QuietWrites, used by the engine host). */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createEngineHost } from '../../../../../src/main/services/search/engineHost'
import type { FromHost } from '../../../../../src/main/services/search/protocol'
import { QuietWrites } from '../../../../../src/main/services/search/quietWrites'
import { makeEntry } from '../../../shared/domain/search/makeEntry'

afterEach(() => {
  vi.useRealTimers()
})

describe('QuietWrites', () => {
  it('runs queued writes in order once no query has come for the quiet time', () => {
    vi.useFakeTimers()
    const done: string[] = []
    const writes = new QuietWrites(1000)
    writes.add(() => done.push('index'))
    writes.add(() => done.push('warm'))
    vi.advanceTimersByTime(900)
    writes.queried()
    vi.advanceTimersByTime(900)
    expect(done).toEqual([])
    vi.advanceTimersByTime(100)
    expect(done).toEqual(['index', 'warm'])
  })

  it('runs a write at once without a quiet time, and every pending one on flush', () => {
    const done: string[] = []
    new QuietWrites(0).add(() => done.push('now'))
    expect(done).toEqual(['now'])
    vi.useFakeTimers()
    const writes = new QuietWrites(1000)
    writes.add(() => done.push('flushed'))
    writes.flush()
    expect(done).toEqual(['now', 'flushed'])
    vi.advanceTimersByTime(2000)
    expect(done).toEqual(['now', 'flushed'])
  })
})

describe('the engine host after building an index', () => {
  it('answers the next query before writing the index cache, and writes it by the next ping', () => {
    vi.useFakeTimers()
    const dir = mkdtempSync(join(tmpdir(), 'quiet-writes-'))
    try {
      const posted: FromHost[] = []
      const handle = createEngineHost(dir, (m) => posted.push(m), { writeAfterQuietMs: 1500 })
      const entries = [makeEntry('What is a decorator?', { id: 'dec' })]
      handle({ type: 'catalog', generation: 1, entries, meta: {} })
      expect(posted.some((m) => m.type === 'ready')).toBe(true)
      handle({ type: 'query', seq: 1, request: { query: 'decorator' } })
      expect(posted.some((m) => m.type === 'result')).toBe(true)
      // Searchable and answered, the cache not written yet.
      expect(readdirSync(dir)).toEqual([])
      handle({ type: 'ping', seq: 1 })
      expect(readdirSync(dir).length).toBeGreaterThan(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
