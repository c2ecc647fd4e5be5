/**
 * What the user feels (issue #16): the built renderer in Debian Chromium over the test bridge,
 * backed by the real services (search in its worker thread), with generated Markdown sources of
 * 5,000 and 50,000 questions in a temporary data folder.
 *
 * 1. Keystroke → result list updated: 10 queries typed letter by letter; the time from the
 *    key event (a capturing keydown listener) to the DOM change that shows the results for
 *    that text (a MutationObserver seeing the list lose `aria-busy`), both taken in the page.
 * 2. The engine alone on the same keystrokes (`tookMs` of the same requests), for the ratio.
 * 3. Start to search usable (the service's `ready`, the catalog indexed): cold (no cache
 *    folder) and warm (catalog and index cached).
 * 4. The keystrokes again while 5,000 answers are being saved, against idle.
 *
 * Needs `npm run build` first (it loads out/renderer). `UI_BENCH_SIZES=5000` runs one size.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from 'playwright-core'
import { notebookClientScript } from '../../tests/bridge/clientScript'
import { startBridge, type Bridge } from '../../tests/bridge/startBridge'
import { writeResults } from '../writeResults'
import { corpus } from './search'

const SIZES = (process.env['UI_BENCH_SIZES'] ?? '5000,50000').split(',').map(Number)
const QUESTIONS_PER_FILE = 500
const SAVES = 5000
const QUERIES = [
  'decorator',
  'select_related',
  'generator iterator',
  'asyncio coroutine',
  'metaclass',
  'middleware django',
  'pydantic validation',
  'celery redis',
  'closure lambda',
  'descriptor property'
]

interface Stats {
  p50: number
  p95: number
  max: number
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1) ?? 0) }
}

const round = (ms: number): number => Math.round(ms * 10) / 10
const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')

/** Writes `size` generated questions as numbered Markdown lists with reference answers. */
async function writeSources(dir: string, size: number): Promise<void> {
  await mkdir(dir, { recursive: true })
  const questions = corpus(size)
  for (let file = 0; file * QUESTIONS_PER_FILE < size; file++) {
    const lines = [`# Bank ${file}`, '']
    const slice = questions.slice(file * QUESTIONS_PER_FILE, (file + 1) * QUESTIONS_PER_FILE)
    slice.forEach(({ entry }, i) => {
      if (i % 50 === 0) lines.push('', `## ${entry.sections[0]} ${file}-${i / 50}`, '')
      lines.push(`${i + 1}. ${entry.prompt}`)
      const answer = entry.answers[0]?.markdown
      if (answer) lines.push(`   ${answer}`)
    })
    await writeFile(join(dir, `bank-${String(file).padStart(3, '0')}.md`), lines.join('\n') + '\n')
  }
}

async function timedStart(dataDir: string): Promise<{ bridge: Bridge; ms: number }> {
  const started = performance.now()
  const bridge = await startBridge({ dataDir, watchNotes: false })
  await bridge.service.ready
  return { bridge, ms: performance.now() - started }
}

/**
 * The in-page probe: keydown time, and the time the list shows the typed text's hits. Plain
 * JavaScript text: the bench runs through tsx, whose helpers do not exist in the page.
 */
const PROBE = `(() => {
  window.__target = null
  document.addEventListener('keydown', () => (window.__start = performance.now()), true)
  function settled() {
    const input = document.querySelector('[data-testid="search-input"]')
    if (!input || input.value !== window.__target) return false
    const list = document.querySelector('[data-testid="result-list"]')
    if (list) return !list.hasAttribute('aria-busy')
    return document.querySelector('[data-testid="empty-results"]') !== null
  }
  // A key that leaves the query as it was (a trailing space) changes nothing: React has
  // rendered by the time the event bubbles here, so the list is already right.
  document.addEventListener('input', () => {
    if (window.__target !== null && window.__done === 0 && settled())
      window.__done = performance.now()
  })
  new MutationObserver(() => {
    if (window.__target !== null && window.__done === 0 && settled())
      window.__done = performance.now()
  }).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-busy']
  })
})()`

async function typeQueries(page: Page): Promise<number[]> {
  const box = page.getByTestId('search-input')
  const samples: number[] = []
  for (const query of QUERIES) {
    await box.fill('')
    await box.focus()
    for (let n = 1; n <= query.length; n++) {
      const text = query.slice(0, n)
      await page.evaluate((t) => {
        const w = window as unknown as { __target: string; __done: number }
        w.__target = t
        w.__done = 0
      }, text)
      await page.keyboard.type(query[n - 1]!)
      const handle = await page
        .waitForFunction(
          () => {
            const w = window as unknown as { __done: number; __start: number }
            return w.__done > 0 ? w.__done - w.__start : 0
          },
          undefined,
          { polling: 'raf', timeout: 30_000 }
        )
        .catch(async (error: unknown) => {
          const state = await page.evaluate(`({
          value: document.querySelector('[data-testid="search-input"]')?.value,
          list: document.querySelector('[data-testid="result-list"]')?.outerHTML.slice(0, 300),
          body: document.body.innerText.slice(0, 400),
          target: window.__target, done: window.__done, start: window.__start
        })`)
          console.error(`stuck after typing ${JSON.stringify(text)}:`, state)
          throw error
        })
      samples.push((await handle.jsonValue()) as number)
    }
  }
  return samples
}

/** The engine's own time (`tookMs`) for every keystroke the UI sent. */
async function engineTimes(bridge: Bridge): Promise<number[]> {
  const times: number[] = []
  for (const query of QUERIES)
    for (let n = 1; n <= query.length; n++) {
      const res = await bridge.service['search:query']({
        query: query.slice(0, n),
        limit: 30,
        ranges: 'prompt'
      })
      times.push(res.tookMs)
    }
  return times
}

async function saveMany(bridge: Bridge, stop: { done: boolean }): Promise<number> {
  // Every generated prompt has one of these words: enough real ids to save answers to.
  const { hits } = await bridge.service['search:query']({
    query: 'what how why explain',
    limit: SAVES
  })
  let saved = 0
  for (const hit of hits) {
    if (stop.done) break
    await bridge.service['notes:save']({
      id: hit.id,
      markdown: `My answer ${saved}: mention the trade-offs and an example.\n`,
      baseRevision: null
    })
    saved++
  }
  return saved
}

async function runSize(size: number) {
  const root = await mkdtemp(join(tmpdir(), `ui-bench-${size}-`))
  const dataDir = join(root, 'data')
  const docs = join(root, 'docs')
  try {
    await writeSources(docs, size)
    // Register the folder as the user would (through the dialog), then start cold and warm.
    let bridge = await startBridge({ dataDir, watchNotes: false, pickQueue: [[docs]] })
    await bridge.service['dialog:pickPath']({ kind: 'open-sources' })
    await bridge.service['sources:add']([docs])
    await bridge.service.settled()
    const entries = (await bridge.service['catalog:overview']()).totalEntries
    await bridge.close()

    await rm(join(dataDir, 'cache'), { recursive: true, force: true })
    const cold = await timedStart(dataDir)
    await cold.bridge.service.settled()
    await cold.bridge.close()
    const warm = await timedStart(dataDir)
    bridge = warm.bridge
    await bridge.service.settled()

    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
    })
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
      await context.addInitScript({ content: notebookClientScript() })
      const page = await context.newPage()
      await page.goto(bridge.entryUrl)
      await page.getByTestId('search-input').waitFor()
      await page.evaluate(PROBE)
      await typeQueries(page) // warm-up: JIT, fonts, first layout
      const idle = await typeQueries(page)
      const engine = await engineTimes(bridge)
      const stop = { done: false }
      const saving = saveMany(bridge, stop)
      const busy = await typeQueries(page)
      stop.done = true
      const saved = await saving
      await context.close()
      return {
        size,
        entries,
        idle: stats(idle),
        busy: stats(busy),
        engine: stats(engine),
        saved,
        cold: Math.round(cold.ms),
        warm: Math.round(warm.ms),
        load: load()
      }
    } finally {
      await browser.close()
      await bridge.close()
    }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

export async function run(): Promise<void> {
  const renderer = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'out', 'renderer')
  if (!existsSync(join(renderer, 'index.html')))
    throw new Error('The ui bench loads the built renderer: run `npm run build` first.')
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'results', 'ui.json')
  const before = earlierFigures(file)
  const rows: Array<Record<string, string | number>> = []
  const summary: Record<string, number | string> = {}
  for (const size of SIZES) {
    console.log(`ui bench: ${size} questions (load average ${load()})`)
    const r = await runSize(size)
    const k = size >= 1000 ? `${size / 1000}k` : String(size)
    rows.push({
      questions: size,
      entries: r.entries,
      'keystroke p50/p95/max ms': `${r.idle.p50} / ${r.idle.p95} / ${r.idle.max}`,
      'engine p50/p95/max ms': `${r.engine.p50} / ${r.engine.p95} / ${r.engine.max}`,
      'UI/engine p95': round(r.idle.p95 / Math.max(r.engine.p95, 0.1)),
      'while saving p95 ms': `${r.busy.p95} (${r.saved} saved)`,
      'saving/idle p95': round(r.busy.p95 / Math.max(r.idle.p95, 0.1)),
      'cold / warm ready ms': `${r.cold} / ${r.warm}`,
      'load average': r.load
    })
    summary[`keystroke_p50_ms_${k}`] = r.idle.p50
    summary[`keystroke_p95_ms_${k}`] = r.idle.p95
    summary[`keystroke_max_ms_${k}`] = r.idle.max
    summary[`engine_p95_ms_${k}`] = r.engine.p95
    summary[`saving_keystroke_p95_ms_${k}`] = r.busy.p95
    summary[`warm_ready_ms_${k}`] = r.warm
    summary[`cold_ready_ms_${k}`] = r.cold
    summary[`load_average_${k}`] = r.load
  }
  writeResults('ui', rows)
  // The flat figures the issue asks for, next to the table's rows.
  const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  // A run of one size keeps the other size's figures from the run before.
  const earlier = before
  writeFileSync(
    file,
    JSON.stringify({ ...earlier, ...written, ...summary, loadavg: load() }, null, 2) + '\n'
  )
}

/** The per-size figures (`*_5k`, `*_50k`) of the last run, if any. */
function earlierFigures(file: string): Record<string, unknown> {
  try {
    const old = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    return Object.fromEntries(Object.entries(old).filter(([key]) => /_\d+k$/.test(key)))
  } catch {
    return {}
  }
}
