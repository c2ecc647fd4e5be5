/**
 * Start-up and autosave costs of the notebook UI.
 *
 * 1. Page load → first interactive frame of the built renderer over the test bridge, in Debian
 *    Chromium: when the search box is usable with the catalog loaded, and when the first results
 *    of a query are on screen (both read from performance.now() in the page, so the time is
 *    measured from navigation start).
 * 2. Autosave cost with 5,000 existing answers in the notebook folder: `notes:save` latency
 *    against the service directly and over the bridge's HTTP, plus the service's start-up time
 *    with that vault.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { formatNoteFile } from '../../src/main/services/vault/noteFile'
import { notebookClientScript } from '../../tests/bridge/clientScript'
import { startBridge, type Bridge } from '../../tests/bridge/startBridge'
import { writeResults } from '../writeResults'
import { chromiumLaunchOptions } from '../../tests/support/chromiumLaunch'

const PAGE_RUNS = 6
const SAVE_RUNS = 200
const ANSWERS = 5000

function stats(samples: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)!) }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}

async function measurePageLoad(
  bridge: Bridge
): Promise<{ interactive: number[]; firstResults: number[] }> {
  const browser = await chromium.launch(chromiumLaunchOptions)
  const interactive: number[] = []
  const firstResults: number[] = []
  try {
    for (let run = 0; run < PAGE_RUNS; run++) {
      // A new context per run: a cold page (no HTTP cache, no JS heap), as on app start.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
      await context.addInitScript({ content: notebookClientScript() })
      const page = await context.newPage()
      await page.goto(bridge.entryUrl, { waitUntil: 'commit' })
      const ready = await page.waitForFunction(
        () => {
          const box = document.querySelector<HTMLInputElement>(
            'input[aria-label="Search questions"]'
          )
          const count = document.querySelector('[data-testid="result-count"]')?.textContent ?? ''
          return box && !box.disabled && /[1-9][\d,]* questions/.test(count) ? performance.now() : 0
        },
        undefined,
        { polling: 'raf', timeout: 30_000 }
      )
      interactive.push((await ready.jsonValue()) as number)
      await page.getByRole('searchbox', { name: 'Search questions' }).fill('decorator')
      const shown = await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="result-item"][data-entry-id]')
            ? performance.now()
            : 0,
        undefined,
        { polling: 'raf', timeout: 30_000 }
      )
      firstResults.push((await shown.jsonValue()) as number)
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return { interactive, firstResults }
}

async function seedAnswers(dataDir: string): Promise<string[]> {
  const dir = join(dataDir, 'notebook')
  await mkdir(dir, { recursive: true })
  const ids: string[] = []
  for (let i = 0; i < ANSWERS; i++) {
    const id = `bench-answer-${i.toString().padStart(5, '0')}`
    ids.push(id)
    const body = `# Answer ${i}\n\nSome **text** about question ${i}.\n\n\`\`\`python\nprint(${i})\n\`\`\`\n`
    await writeFile(
      join(dir, `${id}.md`),
      formatNoteFile({ id, prompt: `Question ${i}?`, tags: [] }, body)
    )
  }
  return ids
}

async function measureSaves(
  bridge: Bridge,
  id: string
): Promise<{ direct: number[]; http: number[] }> {
  const direct: number[] = []
  const http: number[] = []
  let revision: string | null = (await bridge.service['notes:load'](id))?.revision ?? null
  for (let i = 0; i < SAVE_RUNS; i++) {
    const markdown = `Answer draft ${i}\n\n\`\`\`py\nx = ${i}\n\`\`\`\n`
    const started = performance.now()
    const result = await bridge.service['notes:save']({ id, markdown, baseRevision: revision })
    direct.push(performance.now() - started)
    if (!result.ok) throw new Error('unexpected conflict in the bench')
    revision = result.revision
  }
  for (let i = 0; i < SAVE_RUNS; i++) {
    const markdown = `Answer over http ${i}\n`
    const started = performance.now()
    const response = await fetch(`${bridge.origin}rpc/notes:save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bridge-token': bridge.token },
      body: JSON.stringify([{ id, markdown, baseRevision: revision }])
    })
    const reply = (await response.json()) as {
      ok: boolean
      result?: { ok: boolean; revision: string }
    }
    http.push(performance.now() - started)
    if (!reply.ok || !reply.result?.ok) throw new Error('save over http failed in the bench')
    revision = reply.result.revision
  }
  return { direct, http }
}

export async function run(): Promise<void> {
  if (!existsSync(join('out', 'renderer', 'index.html'))) {
    console.log('startup: no built renderer in out/renderer; run `npm run build` first. Skipped.')
    return
  }
  const rows: Array<Record<string, string | number>> = []

  // 1. Page load over the bridge, empty notebook.
  const pageDir = await mkdtemp(join(tmpdir(), 'bench-startup-'))
  const pageBridge = await startBridge({ dataDir: pageDir, watchNotes: false })
  try {
    const { interactive, firstResults } = await measurePageLoad(pageBridge)
    const cold = { interactive: interactive[0]!, firstResults: firstResults[0]! }
    const warm = {
      interactive: stats(interactive.slice(1)),
      firstResults: stats(firstResults.slice(1))
    }
    rows.push({
      metric: 'page load → search usable (first run)',
      ms: round(cold.interactive),
      runs: 1
    })
    rows.push({
      metric: 'page load → search usable (p50 of later runs)',
      ms: warm.interactive.p50,
      runs: PAGE_RUNS - 1
    })
    rows.push({
      metric: 'page load → first results of a query (first run)',
      ms: round(cold.firstResults),
      runs: 1
    })
    rows.push({
      metric: 'page load → first results of a query (p50 of later runs)',
      ms: warm.firstResults.p50,
      runs: PAGE_RUNS - 1
    })
  } finally {
    await pageBridge.close()
    await rm(pageDir, { recursive: true, force: true })
  }

  // 2. Autosave with 5,000 answers on disk.
  const vaultDir = await mkdtemp(join(tmpdir(), 'bench-vault-'))
  try {
    const ids = await seedAnswers(vaultDir)
    const started = performance.now()
    const bridge = await startBridge({ dataDir: vaultDir, watchNotes: true })
    rows.push({
      metric: `service ready with ${ANSWERS} answers (scan + index + watch)`,
      ms: round(performance.now() - started),
      runs: 1
    })
    try {
      const { direct, http } = await measureSaves(bridge, ids[ANSWERS / 2]!)
      const d = stats(direct)
      const h = stats(http)
      rows.push({
        metric: `notes:save p50, ${ANSWERS} answers (service)`,
        ms: d.p50,
        runs: SAVE_RUNS
      })
      rows.push({
        metric: `notes:save p95, ${ANSWERS} answers (service)`,
        ms: d.p95,
        runs: SAVE_RUNS
      })
      rows.push({
        metric: `notes:save p50, ${ANSWERS} answers (over bridge HTTP)`,
        ms: h.p50,
        runs: SAVE_RUNS
      })
      rows.push({
        metric: `notes:save p95, ${ANSWERS} answers (over bridge HTTP)`,
        ms: h.p95,
        runs: SAVE_RUNS
      })
    } finally {
      await bridge.close()
    }
  } finally {
    await rm(vaultDir, { recursive: true, force: true })
  }

  writeResults('startup', rows)
}
