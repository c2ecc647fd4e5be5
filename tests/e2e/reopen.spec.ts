/**
 * Reopen where you left off, and Back / Forward through the questions opened (#12 item 15):
 * Chromium over the real services (browser bridge); a restart is a new service over the same
 * data folder. Screenshots of the question header with Back / Forward at 1280 and 900 px wide,
 * light and dark.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { startBridge } from '../bridge/startBridge'
import { test, expect, type Notebook } from './support/notebook'

const prompt = (page: Page) => page.getByTestId('question-prompt')

async function shots(notebook: Notebook, page: Page, name: string): Promise<void> {
  for (const width of [1280, 900] as const) {
    await page.setViewportSize({ width, height: 800 })
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme })
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await notebook.screenshot(`reopen-${name}-${width}`)
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.emulateMedia({ colorScheme: 'light' })
}

test('Back and Forward retrace related links, by keys, buttons and mouse, saving the answer on the way', async ({
  notebook,
  page
}) => {
  await notebook.openNotebook()
  await notebook.search('middleware')
  const first = await notebook.openResult(/middleware/i)
  const firstPrompt = (await prompt(page).textContent())!
  const back = page.getByRole('button', { name: 'Back', exact: true })
  const forward = page.getByRole('button', { name: 'Forward', exact: true })
  await expect(back).toBeDisabled()
  await expect(forward).toBeDisabled()
  await expect(back).toHaveAttribute('title', 'Back (Alt+←)')

  // Follow a related link, write a line and leave at once, with Alt+← from inside the editor
  // (safe on Linux and Windows): the switch saves the answer, as opening a question does.
  const link = page.getByTestId('related-link').first()
  const secondPrompt = (await link.textContent())!.trim()
  // Related questions sit at the foot of the question: scrolled down to reach them.
  const pane = page.getByTestId('question-pane')
  const leftAt = await pane.evaluate((el) => {
    el.scrollTop = el.scrollHeight
    return el.scrollTop
  })
  expect(leftAt).toBeGreaterThan(0)
  await link.click()
  await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBe(0)
  await expect(prompt(page)).toHaveText(secondPrompt)
  await notebook.focusEditor()
  await page.keyboard.type('Runs around every request.')
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(prompt(page)).toHaveText(firstPrompt)
  // Back where it was left, scrolled as it was.
  await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBe(leftAt)
  await expect(back).toBeDisabled()
  await expect(forward).toBeEnabled()
  await pane.evaluate((el) => (el.scrollTop = 0))
  await shots(notebook, page, 'history-buttons')

  await page.keyboard.press('Alt+ArrowRight')
  await expect(prompt(page)).toHaveText(secondPrompt)
  await expect(notebook.editor).toContainText('Runs around every request.')
  await notebook.expectSaved()

  // The header buttons, and the mouse's back / forward buttons (3 and 4).
  await back.click()
  await expect(prompt(page)).toHaveText(firstPrompt)
  await page.evaluate(() =>
    window.dispatchEvent(new MouseEvent('mouseup', { button: 4, bubbles: true }))
  )
  await expect(prompt(page)).toHaveText(secondPrompt)
  await page.evaluate(() =>
    window.dispatchEvent(new MouseEvent('mouseup', { button: 3, bubbles: true }))
  )
  await expect(prompt(page)).toHaveText(firstPrompt)
  // The question opened first is still the one the results list marks as open.
  await expect(page.locator('.result-row--open')).toHaveAttribute('data-entry-id', first)
})

test('after a restart the same search, filters and question are back; a gone question opens nothing', async ({
  notebook,
  bridge,
  page
}) => {
  await notebook.openNotebook()
  await notebook.search('middleware')
  await page.getByTestId('filter-chip-unanswered').click()
  await expect(page.getByTestId('filter-chip-unanswered')).toHaveAttribute('aria-pressed', 'true')
  const id = await notebook.openResult(/middleware/i)
  const opened = (await prompt(page).textContent())!
  const sessionFile = join(bridge.dataDir, 'session.json')
  // Written a moment after the last change: wait for the file to say so.
  await expect
    .poll(async () => JSON.parse(await readFile(sessionFile, 'utf8').catch(() => '{}')).openId)
    .toBe(id)

  const again = await startBridge({ dataDir: bridge.dataDir, rendererDir: join('out', 'renderer') })
  try {
    await page.goto(again.entryUrl)
    await expect(notebook.searchBox).toHaveValue('middleware')
    await expect(page.getByTestId('filter-chip-unanswered')).toHaveAttribute('aria-pressed', 'true')
    await expect(prompt(page)).toHaveText(opened)
    await expect(notebook.editor).toBeVisible()
    await expect(notebook.results.first()).toBeVisible()
    await expect(page.locator('.result-row--open')).toHaveAttribute('data-entry-id', id)
  } finally {
    await again.close()
  }

  // The question went away (its source was removed): the search comes back, nothing opens and
  // nothing complains. A damaged file is simply ignored.
  const saved = JSON.parse(await readFile(sessionFile, 'utf8'))
  await writeFile(sessionFile, JSON.stringify({ ...saved, openId: 'no-such-question-0000' }))
  const third = await startBridge({ dataDir: bridge.dataDir, rendererDir: join('out', 'renderer') })
  try {
    await page.goto(third.entryUrl)
    await expect(notebook.searchBox).toHaveValue('middleware')
    await expect(notebook.results.first()).toBeVisible()
    await expect(prompt(page)).toHaveCount(0)
    await expect(page.getByTestId('toasts')).not.toContainText(/error|could not/i)
  } finally {
    await third.close()
  }
  await writeFile(sessionFile, '{"v":1,"query":"<img src=x onerror=alert(1)>"')
  const fourth = await startBridge({
    dataDir: bridge.dataDir,
    rendererDir: join('out', 'renderer')
  })
  try {
    await page.goto(fourth.entryUrl)
    await notebook.openNotebook()
    await expect(notebook.searchBox).toHaveValue('')
  } finally {
    await fourth.close()
  }
})

test('Settings → Reopen where I left off, turned off, starts the next time fresh', async ({
  notebook,
  bridge,
  page
}) => {
  await notebook.openNotebook()
  await notebook.search('middleware')
  await notebook.openResult(/middleware/i)
  await page.keyboard.press('Control+,')
  const dialog = page.getByTestId('settings-dialog')
  const box = dialog.getByRole('checkbox', { name: 'Reopen where I left off' })
  await expect(box).toBeChecked()
  await dialog.getByRole('heading', { name: 'Start-up' }).scrollIntoViewIfNeeded()
  await shots(notebook, page, 'settings-startup')
  await box.uncheck()
  await expect(box).not.toBeChecked()
  await page.keyboard.press('Escape')
  await notebook.search('decorator')

  const again = await startBridge({ dataDir: bridge.dataDir, rendererDir: join('out', 'renderer') })
  try {
    await page.goto(again.entryUrl)
    await notebook.openNotebook()
    await expect(notebook.searchBox).toHaveValue('')
    await expect(prompt(page)).toHaveCount(0)
  } finally {
    await again.close()
  }
})
