/**
 * The e2e vocabulary: a fresh notebook (temp data folder + bridge) per test, and the few verbs
 * the specs speak in: openNotebook(), search(), openResult(), focusEditor(), expectSaved().
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { notebookClientScript } from '../../bridge/clientScript'
import { startBridge, type Bridge } from '../../bridge/startBridge'

export const SCREENSHOT_DIR = join('test-results', 'screenshots')

/** What a test may have seen go wrong in the page: errors, dialogs, untrusted code running. */
export interface PageProblems {
  errors: string[]
  dialogs: string[]
}

/** Where the notebook runs: the browser bridge (an entry URL) or the Electron app (no URL). */
export interface NotebookHost {
  dataDir: string
  entryUrl?: string
}

export class Notebook {
  constructor(
    readonly page: Page,
    readonly host: NotebookHost,
    readonly problems: PageProblems
  ) {}

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search questions' })
  }

  get results(): Locator {
    return this.page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
  }

  get editor(): Locator {
    return this.page.getByRole('textbox', { name: 'My answer' })
  }

  get saveState(): Locator {
    return this.page.locator('.answer-save')
  }

  /** Loads the app over the bridge and waits until the catalog is loaded and search is usable. */
  async openNotebook(): Promise<void> {
    if (this.host.entryUrl) await this.page.goto(this.host.entryUrl)
    await expect(this.searchBox).toBeEditable()
    await expect(this.page.getByTestId('result-count')).toHaveText(/[1-9][\d,]* questions/)
  }

  /**
   * After a reload or restart: the app reopens where the user left off (their search, filters and
   * question), so the list shows that search's results, or all questions when there was none.
   */
  async reopenNotebook(): Promise<void> {
    await expect(this.searchBox).toBeEditable()
    const count = this.page.getByTestId('result-count')
    await expect(count).not.toHaveAttribute('aria-busy', 'true')
    await expect(count).toHaveText(/[1-9][\d,]* (?:questions|results?)/)
  }

  /** Types a query and waits for the results to reflect it. */
  async search(query: string): Promise<void> {
    await this.searchBox.fill(query)
    const count = this.page.getByTestId('result-count')
    // Rows of the previous query must not be clicked while this one's results are on the way.
    await expect(count).not.toHaveAttribute('aria-busy', 'true')
    await expect(count).toHaveText(/\d+ results?/)
    await expect(this.results.first()).toBeVisible()
  }

  /** The result row whose prompt contains `text`. */
  result(text: string | RegExp): Locator {
    return this.results.filter({ hasText: text }).first()
  }

  /** Clicks a result; returns its entry id once the answer panel shows it. */
  async openResult(text: string | RegExp): Promise<string> {
    const row = this.result(text)
    const id = await row.getAttribute('data-entry-id')
    if (!id) throw new Error(`no entry id on result ${String(text)}`)
    await row.click()
    await expect(this.editor).toBeVisible()
    return id
  }

  async focusEditor(): Promise<void> {
    await this.editor.click()
    await expect(this.editor).toBeFocused()
  }

  /** Waits for "Saved" (debounce, flush and write all done). */
  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved')
    await expect(this.saveState).toHaveText('Saved')
  }

  /** Where the answer to `id` lives (the default notebook folder). */
  answerPath(id: string): string {
    return join(this.host.dataDir, 'notebook', `${id}.md`)
  }

  /** The answer file on disk, or null. */
  async answerFile(id: string): Promise<string | null> {
    try {
      return await readFile(this.answerPath(id), 'utf8')
    } catch {
      return null
    }
  }

  /** Full-window screenshot into test-results/screenshots/<name>-<theme>.png. */
  async screenshot(name: string): Promise<void> {
    const theme = await this.page.evaluate(() => document.documentElement.dataset['theme'] ?? '')
    await mkdir(SCREENSHOT_DIR, { recursive: true })
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${theme || 'default'}.png`) })
  }

  /** The page as it stands at 1280 and 900 px wide, light and dark: `<name>-<width>-<theme>.png`. */
  async screenshotWidthsAndThemes(name: string): Promise<void> {
    for (const width of [1280, 900]) {
      await this.page.setViewportSize({ width, height: 800 })
      for (const theme of ['light', 'dark'] as const) {
        await this.page.emulateMedia({ colorScheme: theme })
        await expect(this.page.locator('html')).toHaveAttribute('data-theme', theme)
        await this.screenshot(`${name}-${width}`)
      }
    }
  }
}

/** Records uncaught page errors and dialogs, which no test expects. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], dialogs: [] }
  page.on('pageerror', (error) => problems.errors.push(error.message))
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return problems
}

export const test = base.extend<{ bridge: Bridge; notebook: Notebook }, { rendererDir: string }>({
  // A private copy of the built renderer per worker, so a rebuild of out/ while the suite runs
  // cannot pull files from under the page.
  rendererDir: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const built = join('out', 'renderer')
      if (!existsSync(join(built, 'index.html')))
        throw new Error('No built renderer in out/renderer: run `npm run build` first.')
      const copy = await mkdtemp(join(tmpdir(), 'study-notebook-renderer-'))
      await cp(built, copy, { recursive: true })
      await provide(copy)
      await rm(copy, { recursive: true, force: true })
    },
    { scope: 'worker' }
  ],
  // A fresh data folder and service per test: no test sees another's answers.
  bridge: async ({ rendererDir }, provide) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'study-notebook-e2e-'))
    const bridge = await startBridge({ dataDir, rendererDir })
    await provide(bridge)
    await bridge.close()
    await rm(dataDir, { recursive: true, force: true })
  },
  notebook: async ({ page, bridge }, provide) => {
    const problems = watchProblems(page)
    await page.addInitScript({ content: notebookClientScript() })
    await provide(
      new Notebook(page, { dataDir: bridge.dataDir, entryUrl: bridge.entryUrl }, problems)
    )
    expect(problems.dialogs, 'no alert/confirm/prompt may open').toEqual([])
    expect(problems.errors, 'no uncaught errors in the page').toEqual([])
  }
})

export { expect }
