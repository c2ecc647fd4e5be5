/**
 * The in-page half of the ui bench: times each keystroke from the key event to the result
 * list showing that text's hits, and splits the time into where it went.
 *
 * Marks taken in the page (performance.now()), per keystroke:
 *   key      capturing keydown listener
 *   sent     the renderer invoked `search:query` with that text (window.notebook, as in the app)
 *   replied  that call resolved (the bridge's socket, validation, the service, the search
 *            worker and back)
 *   shown    a MutationObserver sees the list lose `aria-busy` with the input holding the text
 *   painted  the first animation frame after `shown` (the browser has laid it out and paints)
 */
import type { Page } from 'playwright-core'

/** One keystroke's marks, relative to its key event (ms). */
export interface KeystrokeSample {
  /** Key event → list updated. */
  shown: number
  /** Key event → the frame after the update. */
  painted: number
  /** Key event → request left the renderer (null: no request for this keystroke). */
  sent: number | null
  /** Key event → reply in the renderer. */
  replied: number | null
}

/**
 * Plain JavaScript text: the bench runs through tsx, whose helpers do not exist in the page.
 * The invoke wrapper reads the request to learn which text a query was for, so a reply to an
 * older (superseded) keystroke is never taken for this one's.
 */
export const PROBE = `(() => {
  window.__probe = { target: null, key: 0, sent: 0, replied: 0, shown: 0, painted: 0 }
  const p = window.__probe
  document.addEventListener('keydown', () => { p.key = performance.now() }, true)
  const api = window.notebook
  const realInvoke = api.invoke.bind(api)
  api.invoke = (channel, ...args) => {
    const isQuery = channel === 'search:query'
    const text = isQuery ? args[0] && args[0].query : null
    if (isQuery && text === p.target && p.sent === 0) p.sent = performance.now()
    const reply = realInvoke(channel, ...args)
    if (isQuery)
      reply.then(() => {
        if (text === p.target && p.replied === 0) p.replied = performance.now()
      }, () => undefined)
    return reply
  }
  function settled() {
    const input = document.querySelector('[data-testid="search-input"]')
    if (!input || input.value !== p.target) return false
    const list = document.querySelector('[data-testid="result-list"]')
    if (list) return !list.hasAttribute('aria-busy')
    return document.querySelector('[data-testid="empty-results"]') !== null
  }
  function check() {
    if (p.target === null || p.shown !== 0 || !settled()) return
    p.shown = performance.now()
    requestAnimationFrame(() => { p.painted = performance.now() })
  }
  // A key that leaves the results as they were changes nothing in the DOM: React has rendered
  // by the time the input event bubbles here, so the list is already right.
  document.addEventListener('input', check)
  new MutationObserver(check).observe(document.body, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy']
  })
})()`

/** Queries the bench types, letter by letter. */
export const QUERIES = [
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

/**
 * Types every query letter by letter into the search box (the probe must be installed), one
 * sample per keystroke; `keep` is asked after each keystroke whether to record it.
 */
export async function typeQueries(
  page: Page,
  keep: () => boolean = () => true
): Promise<KeystrokeSample[]> {
  const box = page.getByTestId('search-input')
  const samples: KeystrokeSample[] = []
  for (const query of QUERIES) {
    await box.fill('')
    await box.focus()
    for (let n = 1; n <= query.length; n++) {
      const text = query.slice(0, n)
      await page.evaluate((t) => {
        const w = window as unknown as { __probe: Record<string, unknown> }
        Object.assign(w.__probe, { target: t, key: 0, sent: 0, replied: 0, shown: 0, painted: 0 })
      }, text)
      // Held as a person holds a key: down, then up once the results are painted. Playwright's
      // `type` sends the keyup straight after the keydown, and Chromium then handled the reply
      // that had just arrived only after that second input event: measured on a bare input
      // with no React, a call took p95 18 ms after `type` against 5 ms after a single
      // `insertText`, which no typist's keyup (some 80 ms after the keydown) causes.
      const key = query[n - 1]!
      await page.keyboard.down(key)
      const handle = await page
        // No named helper inside: tsx would wrap it in its own `__name`, unknown in the page.
        .waitForFunction(
          () => {
            const p = (window as unknown as { __probe: Record<string, number> }).__probe!
            if (!p['painted']) return null
            const key = p['key']!
            return {
              shown: p['shown']! - key,
              painted: p['painted'] - key,
              sent: p['sent'] ? p['sent'] - key : null,
              replied: p['replied'] ? p['replied'] - key : null
            }
          },
          undefined,
          { polling: 'raf', timeout: 30_000 }
        )
        .catch(async (error: unknown) => {
          const state = await page.evaluate(`({
            value: document.querySelector('[data-testid="search-input"]')?.value,
            list: document.querySelector('[data-testid="result-list"]')?.outerHTML.slice(0, 300),
            probe: window.__probe
          })`)
          console.error(`stuck after typing ${JSON.stringify(text)}:`, state)
          throw error
        })
      const sample = (await handle.jsonValue()) as KeystrokeSample
      await page.keyboard.up(key)
      if (keep()) samples.push(sample)
    }
  }
  return samples
}
