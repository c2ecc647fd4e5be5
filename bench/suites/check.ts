/**
 * "Check my answer" as you type: one check of a long answer (~1,500 words, code included)
 * against the references of real seed questions, warm (reference points cached, as while
 * typing) and cold (first check of a question). Target: p95 under 20 ms warm.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCatalog } from '../../src/shared/domain/catalog/buildCatalog'
import { parseDocument } from '../../src/shared/domain/parse/index'
import { checkAnswer } from '../../src/shared/domain/study/check/checkAnswer'
import { writeResults } from '../writeResults'

const SEEDS = fileURLToPath(new URL('../../resources/seeds', import.meta.url))
const RUNS = 200

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
}

export async function run(): Promise<void> {
  const items = readdirSync(SEEDS)
    .sort()
    .flatMap((file) => parseDocument(readFileSync(join(SEEDS, file), 'utf8'), file))
  const entries = buildCatalog(items).entries.filter((entry) => entry.answers.length > 0)
  // A long answer: every reference of the seeds, pasted together and repeated (~1,500 words).
  const corpus = entries.map((entry) => entry.answers.map((a) => a.markdown).join('\n')).join('\n')
  const words = corpus.split(/\s+/)
  const answer = words.slice(0, 1500).join(' ')
  const rows: Array<Record<string, string | number>> = []
  for (const mode of ['cold', 'warm'] as const) {
    const times: number[] = []
    const cpu: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const entry = entries[i % entries.length]!
      // Cold: a fresh copy of the reference text misses the per-reference points cache.
      const references =
        mode === 'cold'
          ? entry.answers.map((a) => ({ ...a, markdown: `${a.markdown}\n<!-- ${i} -->` }))
          : entry.answers
      if (mode === 'warm') checkAnswer(answer, references, { prompt: entry.prompt })
      const started = performance.now()
      const cpuStarted = process.cpuUsage()
      checkAnswer(answer, references, { prompt: entry.prompt })
      cpu.push(process.cpuUsage(cpuStarted).user / 1000)
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    cpu.sort((a, b) => a - b)
    rows.push({
      mode,
      answer_words: answer.split(/\s+/).length,
      checks: RUNS,
      p50_ms: Math.round(percentile(times, 0.5) * 100) / 100,
      p95_ms: Math.round(percentile(times, 0.95) * 100) / 100,
      max_ms: Math.round(times[times.length - 1]! * 100) / 100,
      cpu_p50_ms: Math.round(percentile(cpu, 0.5) * 100) / 100,
      cpu_p95_ms: Math.round(percentile(cpu, 0.95) * 100) / 100,
      load_avg: Math.round(loadavg()[0]! * 10) / 10
    })
  }
  writeResults('check', rows)
}
