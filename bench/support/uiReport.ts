/**
 * The ui bench's figures: percentiles of the keystroke samples, each target next to what was
 * measured (pass/fail), the table, and `bench/results/ui.json` (flat `*_5k` / `*_50k` keys as
 * issue #16 asks, plus the load average at the start and end of every size's run).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeResults } from '../writeResults'
import type { KeystrokeSample } from './keystrokeProbe'

/** p50 / p95 / max of some samples (ms, one decimal). */
export interface Percentiles {
  p50: number
  p95: number
  max: number
}

/** Everything one size's run measured. */
export interface UiRun {
  size: number
  entries: number
  idle: KeystrokeSample[]
  busy: KeystrokeSample[]
  engine: Percentiles
  saved: number
  coldMs: number
  warmMs: number
  /** The same search call from the page over the bridge's HTTP and over its socket (p50). */
  transport: { fetchMs: number; socketMs: number }
  loadStart: string
  loadEnd: string
}

/** Rounds to one decimal. */
export const round = (ms: number): number => Math.round(ms * 10) / 10

/** The 1, 5 and 15 minute load averages, as `uptime` shows them. */
export const loadAverage = (): string =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')

/** Nearest-rank percentiles. */
export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1) ?? 0) }
}

const of = (samples: readonly KeystrokeSample[], pick: (s: KeystrokeSample) => number | null) =>
  percentiles(samples.map(pick).filter((v): v is number => v !== null))

/** Issue #16's targets (idle 2-core machine). */
const TARGETS: Array<{
  figure: string
  size: number
  limit: number
  unit: string
  measured: (run: UiRun) => number
}> = [
  {
    figure: 'keystroke → painted p95',
    size: 5000,
    limit: 16,
    unit: 'ms',
    measured: (r) => of(r.idle, (s) => s.painted).p95
  },
  {
    figure: 'keystroke → painted p95',
    size: 50000,
    limit: 25,
    unit: 'ms',
    measured: (r) => of(r.idle, (s) => s.painted).p95
  },
  {
    figure: 'warm start → search usable',
    size: 5000,
    limit: 300,
    unit: 'ms',
    measured: (r) => r.warmMs
  },
  {
    figure: 'warm start → search usable',
    size: 50000,
    limit: 1000,
    unit: 'ms',
    measured: (r) => r.warmMs
  },
  {
    figure: 'cold start → search usable',
    size: 50000,
    limit: 3000,
    unit: 'ms',
    measured: (r) => r.coldMs
  },
  {
    figure: 'p95 while saving 5,000 answers / idle',
    size: 5000,
    limit: 1.5,
    unit: '×',
    measured: busyRatio
  },
  {
    figure: 'p95 while saving 5,000 answers / idle',
    size: 50000,
    limit: 1.5,
    unit: '×',
    measured: busyRatio
  }
]

function busyRatio(run: UiRun): number {
  const busy = of(run.busy, (s) => s.painted).p95
  return round(busy / Math.max(of(run.idle, (s) => s.painted).p95, 0.1))
}

const key = (size: number): string => (size >= 1000 ? `${size / 1000}k` : String(size))

/** Prints the targets table and the breakdown, and writes results/ui.json. */
export function writeUiResults(runs: readonly UiRun[]): void {
  const rows: Array<Record<string, string | number>> = []
  for (const target of TARGETS) {
    const run = runs.find((r) => r.size === target.size)
    if (!run) continue
    const measured = target.measured(run)
    rows.push({
      figure: target.figure,
      questions: target.size,
      target: `≤ ${target.limit} ${target.unit}`,
      measured: `${measured} ${target.unit}`,
      result: measured <= target.limit ? 'pass' : 'FAIL',
      'load average': `${run.loadStart} → ${run.loadEnd}`
    })
  }
  const summary: Record<string, number | string> = {}
  const breakdown: Array<Record<string, string | number>> = []
  for (const run of runs) {
    const k = key(run.size)
    const painted = of(run.idle, (s) => s.painted)
    const shown = of(run.idle, (s) => s.shown)
    const sent = of(run.idle, (s) => s.sent)
    const trip = of(run.idle, (s) =>
      s.sent !== null && s.replied !== null ? s.replied - s.sent : null
    )
    const render = of(run.idle, (s) => (s.replied !== null ? s.shown - s.replied : null))
    const busy = of(run.busy, (s) => s.painted)
    breakdown.push({
      questions: run.size,
      entries: run.entries,
      'painted p50/p95/max': `${painted.p50} / ${painted.p95} / ${painted.max}`,
      'DOM updated p95': shown.p95,
      'key → request p95': sent.p95,
      'round trip p95': trip.p95,
      'reply → DOM p95': render.p95,
      'engine p50/p95/max': `${run.engine.p50} / ${run.engine.p95} / ${run.engine.max}`,
      'UI/engine p95': round(painted.p95 / Math.max(run.engine.p95, 0.1)),
      'saving p95': `${busy.p95} (${run.saved} saved, ${run.busy.length} keys)`,
      'cold / warm ms': `${run.coldMs} / ${run.warmMs}`,
      'call over HTTP / socket p50': `${run.transport.fetchMs} / ${run.transport.socketMs}`,
      'load average': `${run.loadStart} → ${run.loadEnd}`
    })
    Object.assign(summary, {
      [`keystroke_p50_ms_${k}`]: painted.p50,
      [`keystroke_p95_ms_${k}`]: painted.p95,
      [`keystroke_max_ms_${k}`]: painted.max,
      [`keystroke_dom_p95_ms_${k}`]: shown.p95,
      [`keystroke_request_p95_ms_${k}`]: sent.p95,
      [`keystroke_round_trip_p95_ms_${k}`]: trip.p95,
      [`keystroke_render_p95_ms_${k}`]: render.p95,
      [`engine_p50_ms_${k}`]: run.engine.p50,
      [`engine_p95_ms_${k}`]: run.engine.p95,
      [`saving_keystroke_p95_ms_${k}`]: busy.p95,
      [`saving_idle_ratio_${k}`]: busyRatio(run),
      [`saved_answers_${k}`]: run.saved,
      [`warm_ready_ms_${k}`]: run.warmMs,
      [`cold_ready_ms_${k}`]: run.coldMs,
      [`bridge_fetch_call_p50_ms_${k}`]: run.transport.fetchMs,
      [`bridge_socket_call_p50_ms_${k}`]: run.transport.socketMs,
      [`load_average_start_${k}`]: run.loadStart,
      [`load_average_end_${k}`]: run.loadEnd
    })
  }
  console.table(breakdown)
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'results', 'ui.json')
  const before = earlierFigures(file)
  writeResults('ui', rows)
  // The flat figures next to the table's rows; a run of one size keeps the other's.
  const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  writeFileSync(
    file,
    JSON.stringify({ ...before, ...written, breakdown, ...summary }, null, 2) + '\n'
  )
}

/** The per-size figures (`*_5k`, `*_50k`) of the last run, if any. */
function earlierFigures(file: string): Record<string, unknown> {
  try {
    const old = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    return Object.fromEntries(Object.entries(old).filter(([name]) => /_\d+k$/.test(name)))
  } catch {
    return {}
  }
}
