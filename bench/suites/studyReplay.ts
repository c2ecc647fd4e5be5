/**
 * Deriving the study state from the notebook folder's logs: replaying two devices' review logs
 * through ts-fsrs (at start when a log changed, and after another device's log arrives), against
 * loading the replayed state from the data folder's cache (a start with unchanged logs).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { replayStudyLogs } from '../../src/shared/domain/study/replayStudyLogs'
import { scheduleReview } from '../../src/shared/domain/study/scheduleReview'
import { StudyLogStore } from '../../src/main/services/studyLog/studyLogStore'
import { writeResults } from '../writeResults'

const T0 = Date.UTC(2026, 0, 1)

function logs(reviews: number, questions: number) {
  const text = { a: [] as string[], b: [] as string[] }
  for (let i = 0; i < reviews; i++) {
    const device = i % 2 ? 'a' : 'b'
    const { record } = scheduleReview(
      `q-${i % questions}`,
      undefined,
      (1 + (i % 4)) as 1,
      T0 + i * 60_000
    )
    text[device].push(JSON.stringify({ ...record, rid: `${device}-${i}` }))
  }
  return [
    { source: 'reviews/a.jsonl', text: text.a.join('\n') + '\n' },
    { source: 'reviews/b.jsonl', text: text.b.join('\n') + '\n' }
  ]
}

async function cachedLoad(reviewLogs: ReturnType<typeof logs>): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-replay-'))
  try {
    const { mkdirSync, writeFileSync } = await import('node:fs')
    mkdirSync(join(dir, 'nb', 'reviews'), { recursive: true })
    for (const log of reviewLogs) writeFileSync(join(dir, 'nb', log.source), log.text)
    const options = {
      notebookDir: join(dir, 'nb'),
      deviceId: 'bench',
      cacheFile: join(dir, 'cache.json')
    }
    await new StudyLogStore(options).load() // replays and writes the cache
    const started = performance.now()
    await new StudyLogStore(options).load() // unchanged logs: from the cache
    return performance.now() - started
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function run(): Promise<void> {
  const rows: Array<Record<string, string | number>> = []
  for (const reviews of [1_000, 10_000, 50_000]) {
    const reviewLogs = logs(reviews, 500)
    replayStudyLogs({ reviews: reviewLogs, events: [] }) // warm up the JIT
    const started = performance.now()
    const result = replayStudyLogs({ reviews: reviewLogs, events: [] })
    const replayMs = performance.now() - started
    const cacheMs = await cachedLoad(reviewLogs)
    rows.push({
      reviews,
      questions: result.states.size,
      replay_ms: Math.round(replayMs),
      cached_load_ms: Math.round(cacheMs),
      replay_per_1k_ms: Math.round((replayMs / reviews) * 1000 * 10) / 10,
      load_avg: Math.round(loadavg()[0]! * 10) / 10
    })
  }
  writeResults('studyReplay', rows)
}
