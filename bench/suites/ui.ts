/**
 * What the user feels (issue #16): the built renderer in Debian Chromium over the test bridge,
 * backed by the real services (search in its worker thread), with generated Markdown sources of
 * 5,000 and 50,000 questions in a temporary data folder.
 *
 * 1. Keystroke → result list updated and painted: 10 queries typed letter by letter, timed in
 *    the page (see support/keystrokeProbe), split into renderer → request, the round trip,
 *    and reply → DOM → frame.
 * 2. The engine alone on the same keystrokes (`tookMs`), for the ratio.
 * 3. Start to search usable (the service's `ready`): cold (no cache folder) and warm.
 * 4. The keystrokes again while 5,000 answers are being saved (the count is asserted), against
 *    idle.
 * 5. One search call over the bridge's HTTP and over its socket, for the transport's share.
 *
 * Needs `npm run build` first (it loads out/renderer). `UI_BENCH_SIZES=5000` runs one size.
 * Prints one row per target (target, measured, pass/fail, load average) and writes
 * bench/results/ui.json.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium, type Page } from 'playwright-core'
import { notebookClientScript } from '../../tests/bridge/clientScript'
import { startBridge, type Bridge } from '../../tests/bridge/startBridge'
import { chromiumLaunchOptions } from '../../tests/support/chromiumLaunch'
import { PROBE, QUERIES, typeQueries, type KeystrokeSample } from '../support/keystrokeProbe'
import { loadAverage, percentiles, round, writeUiResults, type UiRun } from '../support/uiReport'
import { writeSources } from '../support/writeSources'

const SIZES = (process.env['UI_BENCH_SIZES'] ?? '5000,50000').split(',').map(Number)
const SAVES = 5000
// Every generated prompt names one of these: enough real ids to save 5,000 answers to.
const ID_QUERIES = ['python', 'django', 'fastapi', 'flask', 'sqlalchemy', 'asyncio']

// The search and parse workers as the app runs them: bundled by `npm run build`, not
// TypeScript through tsx (whose on-the-fly compiling in each new thread cost a third of a
// second of every start).
const BUILT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'out', 'main')
const BUILT_WORKER = pathToFileURL(join(BUILT, 'searchWorker.mjs'))
const BUILT_PARSER = pathToFileURL(join(BUILT, 'parseWorker.mjs'))

async function timedStart(dataDir: string): Promise<{ bridge: Bridge; ms: number }> {
  const started = performance.now()
  const bridge = await startBridge({
    dataDir,
    watchNotes: false,
    searchWorkerUrl: BUILT_WORKER,
    parseWorkerUrl: BUILT_PARSER
  })
  await bridge.service.ready
  return { bridge, ms: performance.now() - started }
}

/** The engine's own time (`tookMs`) for every keystroke the UI sent. */
async function engineTimes(bridge: Bridge): Promise<number[]> {
  const times: number[] = []
  for (const query of QUERIES)
    for (let n = 1; n <= query.length; n++) {
      const request = { query: query.slice(0, n), limit: 30, ranges: 'prompt' as const }
      times.push((await bridge.service['search:query'](request)).tookMs)
    }
  return times
}

/**
 * One search call repeated from the page over the bridge's HTTP (`fetch`, as every call went
 * before) and over its socket (what `window.notebook.invoke` uses for search): the transport's
 * own share of the round trip, p50 of 40 calls each.
 */
async function transportTimes(page: Page): Promise<{ fetchMs: number; socketMs: number }> {
  // A string, not a function: tsx would wrap a function's inner helpers in its own `__name`.
  return page.evaluate(`(async () => {
    const request = { query: 'decorator', limit: 30, ranges: 'prompt' }
    const p50 = async (call) => {
      const times = []
      for (let i = 0; i < 40; i++) {
        const started = performance.now()
        await call()
        times.push(performance.now() - started)
      }
      times.sort((a, b) => a - b)
      return Math.round(times[20] * 10) / 10
    }
    const fetchMs = await p50(async () => {
      const response = await fetch('/rpc/' + encodeURIComponent('search:query'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify([request])
      })
      await response.json()
    })
    const socketMs = await p50(() => window.notebook.invoke('search:query', request))
    return { fetchMs, socketMs }
  })()`)
}

/** `count` distinct entry ids, or an error saying how many the catalog gave. */
async function entryIds(bridge: Bridge, count: number): Promise<string[]> {
  const ids = new Set<string>()
  for (const query of ID_QUERIES) {
    const { hits } = await bridge.service['search:query']({ query, limit: count })
    for (const hit of hits) ids.add(hit.id)
    if (ids.size >= count) return [...ids].slice(0, count)
  }
  throw new Error(`The ui bench needs ${count} entries to save answers to; it found ${ids.size}.`)
}

async function saveAll(bridge: Bridge, ids: string[]): Promise<number> {
  let saved = 0
  for (const id of ids) {
    const result = await bridge.service['notes:save']({
      id,
      markdown: `My answer ${saved}: mention the trade-offs and an example.\n`,
      baseRevision: null
    })
    if (result.ok) saved++
  }
  return saved
}

/** Keystrokes typed while `busy` runs, pass after pass until it ends (only those samples). */
async function typeWhile(
  page: Parameters<typeof typeQueries>[0],
  busy: Promise<unknown>
): Promise<KeystrokeSample[]> {
  let running = true
  void busy.finally(() => (running = false))
  const samples: KeystrokeSample[] = []
  while (running) samples.push(...(await typeQueries(page, () => running)))
  return samples
}

async function runSize(size: number): Promise<UiRun> {
  const loadStart = loadAverage()
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

    const browser = await chromium.launch(chromiumLaunchOptions)
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
      const transport = await transportTimes(page)
      const ids = await entryIds(bridge, SAVES)
      const saving = saveAll(bridge, ids)
      const busy = await typeWhile(page, saving)
      const saved = await saving
      if (saved !== SAVES) throw new Error(`Only ${saved} of ${SAVES} answers were saved.`)
      await context.close()
      return {
        size,
        entries,
        idle,
        busy,
        engine: percentiles(engine),
        saved,
        coldMs: round(cold.ms),
        warmMs: round(warm.ms),
        transport,
        loadStart,
        loadEnd: loadAverage()
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
  if (
    !existsSync(join(renderer, 'index.html')) ||
    !existsSync(fileURLToPath(BUILT_WORKER)) ||
    !existsSync(fileURLToPath(BUILT_PARSER))
  )
    throw new Error('The ui bench loads the built renderer and worker: run `npm run build` first.')
  const runs: UiRun[] = []
  for (const size of SIZES) {
    console.log(`ui bench: ${size} questions (load average ${loadAverage()})`)
    runs.push(await runSize(size))
  }
  writeUiResults(runs)
}
