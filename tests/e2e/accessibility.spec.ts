/**
 * axe-core over every screen of the app, in light and dark, at 1280 and 900 px wide: any
 * violation of impact serious or critical fails the test; the rest are printed. Each state is
 * also saved as a screenshot (test-results/screenshots/a11y-<screen>-<width>-<theme>.png).
 * Adding a screen is one row in SCREENS: its name and how to reach it from a fresh notebook.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, type Notebook } from './support/notebook'
import {
  auditPage,
  FAILING_IMPACTS,
  findingKeys,
  formatFindings,
  type AxeFinding
} from './support/axe'
import type { Bridge } from '../bridge/startBridge'

interface ScreenContext {
  nb: Notebook
  page: Page
  bridge: Bridge
}

interface Screen {
  name: string
  /** Brings a freshly opened notebook to the screen; the audit runs on what is then shown. */
  open: (at: ScreenContext) => Promise<void>
  /** After each change of width: brings back what that width hides (the sidebar overlay). */
  atWidth?: (at: ScreenContext, width: number) => Promise<void>
}

const DECORATORS = /^How do Python decorators work\?/
const IMPORT_FIXTURE = resolve('tests/fixtures/layout/long-code.md')

/** Opens the sidebar overlay of a narrow window (a docked sidebar needs nothing). */
async function showSidebar({ page }: ScreenContext): Promise<void> {
  const sidebar = page.getByTestId('sidebar')
  if (await sidebar.isHidden()) await page.getByTestId('sidebar-toggle').click()
  await expect(sidebar).toBeVisible()
}

/** A question open with the caret in a code block of My answer, and the toolbar's More open. */
async function openMoreMenu({ nb, page }: ScreenContext): Promise<void> {
  await nb.search('decorators')
  await nb.openResult(DECORATORS)
  await nb.focusEditor()
  await page.keyboard.type('```py ')
  await reopenMoreMenu({ nb, page } as ScreenContext)
}

async function reopenMoreMenu({ page }: ScreenContext): Promise<void> {
  const menu = page.getByRole('menu', { name: 'More formatting' })
  if (await menu.isVisible()) return
  await page.getByTestId('toolbar-more').click()
  await expect(menu).toBeVisible()
}

/** Opens a question whose reference answer has highlighted code, with a saved answer of ours. */
async function openAnsweredQuestion({ nb, page }: ScreenContext): Promise<void> {
  await nb.search('decorators')
  await nb.openResult(DECORATORS)
  await nb.focusEditor()
  await page.keyboard.type('A **decorator** wraps a function; see `functools.wraps`.')
  await nb.expectSaved()
}

/** Starts an "All questions" practice session whose first card has an answer of our own. */
async function startPractice({ page, bridge }: ScreenContext): Promise<void> {
  const first = await bridge.service['study:startSession']({ scope: { kind: 'all' }, limit: 1 })
  const id = first.cards[0]!.id
  await bridge.service['notes:save']({ id, markdown: 'Mine: **bytecode**.', baseRevision: null })
  await page.getByTestId('study-button').click()
  await page.getByRole('radio', { name: 'All questions' }).check()
  await page.getByTestId('start-session').click()
  await expect(page.getByTestId('practice-prompt')).toBeVisible()
}

/** A session of two graded cards, ended: the summary is on screen. */
async function finishSession(at: ScreenContext): Promise<void> {
  const { page } = at
  await startPractice(at)
  const prompt = page.getByTestId('practice-prompt')
  for (const grade of ['3', '1']) {
    const before = (await prompt.textContent()) ?? ''
    await page.keyboard.press('Space')
    await expect(page.getByTestId('practice-reveal')).toBeVisible()
    await page.keyboard.press(grade)
    await expect(prompt).not.toHaveText(before)
  }
  await page.getByRole('button', { name: 'End session' }).click()
  await expect(page.getByTestId('session-summary')).toBeVisible()
}

const SCREENS: Screen[] = [
  { name: 'home', open: async () => {} },
  { name: 'search-results', open: ({ nb }) => nb.search('decoratr') },
  { name: 'question', open: openAnsweredQuestion },
  {
    name: 'export-dialog',
    open: async ({ page }) => {
      await page.getByTestId('export-button').click()
      await expect(page.getByRole('dialog', { name: /Export/ })).toBeVisible()
    }
  },
  {
    name: 'backup-dialog',
    open: async ({ page, bridge }) => {
      await bridge.service['backup:create']()
      await page.getByTestId('backup-button').click()
      await expect(page.getByTestId('backup-item').first()).toBeVisible()
    }
  },
  {
    name: 'study-picker',
    open: async ({ page }) => {
      await page.getByTestId('study-button').click()
      await expect(page.getByTestId('scope-picker')).toBeVisible()
    }
  },
  {
    name: 'practice-revealed',
    open: async (at) => {
      await startPractice(at)
      const { page } = at
      await page.keyboard.press('Space')
      await expect(page.getByTestId('practice-my-answer')).toContainText('bytecode')
    }
  },
  { name: 'study-summary', open: finishSession },
  {
    name: 'settings-choice',
    open: async ({ page, bridge }) => {
      // An empty folder "picked" in the native dialog; nothing is moved into it.
      const chosen = await mkdtemp(join(tmpdir(), 'study-notebook-a11y-folder-'))
      bridge.pickQueue.push([chosen])
      await page.getByTestId('settings-button').click()
      await page.getByRole('button', { name: 'Choose…' }).click()
      await expect(page.getByRole('button', { name: /^Use the folder as it is/ })).toBeVisible()
    }
  },
  {
    name: 'shortcuts-dialog',
    open: async ({ page }) => {
      await page.keyboard.press('Control+Slash')
      await expect(page.getByTestId('shortcuts-dialog')).toBeVisible()
    }
  },
  {
    name: 'about-dialog',
    open: async ({ page, bridge }) => {
      bridge.emit('app:command', { command: 'about' })
      await expect(page.getByTestId('about-dialog')).toContainText('Node.js')
    }
  },
  {
    name: 'new-question-dialog',
    open: async ({ page }) => {
      await page.getByRole('button', { name: 'New question' }).click()
      await expect(page.getByTestId('question-form')).toBeVisible()
    }
  },
  {
    name: 'import-preview-dialog',
    open: async (at) => {
      at.bridge.pickQueue.push([IMPORT_FIXTURE])
      await at.page.getByTestId('add-source').click()
      await expect(at.page.getByTestId('source-preview')).toContainText('First items')
    }
  },
  {
    name: 'aliases-dialog',
    open: async ({ page }) => {
      await page.getByTestId('aliases-button').click()
      await expect(page.getByTestId('aliases-dialog')).toBeVisible()
    }
  },
  {
    name: 'parse-report-dialog',
    open: async ({ page }) => {
      await page
        .getByRole('button', { name: /^Parse report of / })
        .first()
        .click()
      await expect(page.getByTestId('parse-report')).toBeVisible()
    }
  },
  {
    name: 'check-my-answer',
    open: async ({ nb, page }) => {
      await nb.search('middleware django')
      await nb.openResult('What is middleware in Django?')
      await page.getByTestId('check-my-answer').click()
      await nb.focusEditor()
      await page.keyboard.type('A hook that processes requests, e.g. for authentication.')
      await expect(page.getByTestId('answer-check')).toContainText(/covers \d+ of \d+ key points/)
    }
  },
  {
    name: 'mock-interview',
    open: async ({ page }) => {
      await page.getByTestId('study-button').click()
      await page.getByRole('radio', { name: 'All questions' }).check()
      await page.getByTestId('mock-toggle').check()
      await page.getByTestId('mock-minutes').selectOption('5')
      await page.getByTestId('start-session').click()
      await expect(page.getByTestId('mock-clock')).toBeVisible()
    }
  },
  { name: 'sidebar-overlay', open: showSidebar, atWidth: showSidebar },
  { name: 'more-menu', open: openMoreMenu, atWidth: reopenMoreMenu },
  {
    name: 'progress',
    open: async (at) => {
      await finishSession(at)
      const { page } = at
      await page.getByRole('button', { name: 'See progress' }).click()
      await expect(page.getByTestId('reviews-chart')).toBeVisible()
      await page.mouse.move(0, 0)
    }
  }
]

const THEMES = ['light', 'dark'] as const
const WIDTHS = [1280, 900] as const

// axe is injected as a script, which the app's CSP forbids: this spec's pages alone bypass it.
test.use({ bypassCSP: true })
// Four full-page audits per screen on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 })

for (const screen of SCREENS) {
  test(`no serious or critical axe violation: ${screen.name}`, async ({
    notebook,
    page,
    bridge
  }) => {
    await page.setViewportSize({ width: WIDTHS[0], height: 800 })
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
    await notebook.openNotebook()
    await screen.open({ nb: notebook, page, bridge })

    const findings: AxeFinding[] = []
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        await page.setViewportSize({ width, height: 800 })
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
        await screen.atWidth?.({ nb: notebook, page, bridge }, width)
        findings.push(...(await auditPage(page, `${screen.name} ${width}px ${theme}`)))
        await notebook.screenshot(`a11y-${screen.name}-${width}`)
      }
    }

    const failing = findings.filter((f) => FAILING_IMPACTS.has(f.impact))
    const rest = findings.filter((f) => !FAILING_IMPACTS.has(f.impact))
    if (rest.length > 0) console.log(`axe, minor and moderate:\n${formatFindings(rest)}`)
    if (failing.length > 0) console.log(`axe, serious and critical:\n${formatFindings(failing)}`)
    expect(findingKeys(failing), 'serious or critical axe violations (details above)').toEqual([])
  })
}
