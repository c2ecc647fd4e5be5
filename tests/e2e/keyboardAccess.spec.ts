/**
 * Keyboard and motion access in the real UI: every control shows a visible focus indicator in
 * both themes, dialogs keep Tab inside and give focus back on Escape, the answer editor never
 * traps the keyboard, and `prefers-reduced-motion` stops every transition and animation.
 */
import type { Page } from '@playwright/test'
import { test, expect, type Notebook } from './support/notebook'

/** Longest transition or animation on any element or pseudo-element, in milliseconds. */
async function longestMotionMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const ms = (list: string): number =>
      Math.max(
        0,
        ...list.split(',').map((d) => {
          const t = d.trim()
          return t.endsWith('ms') ? parseFloat(t) : parseFloat(t) * 1000
        })
      )
    let longest = 0
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo)
        if (style.animationName !== 'none') longest = Math.max(longest, ms(style.animationDuration))
        if (style.transitionProperty !== 'none' && style.transitionProperty !== '')
          longest = Math.max(longest, ms(style.transitionDuration))
      }
    }
    return longest
  })
}

test('prefers-reduced-motion stops every transition and animation', async ({ notebook, page }) => {
  await notebook.openNotebook()
  // The export dialog brings its fade and slide, the results their skeleton rows.
  await page.getByTestId('export-button').click()
  await expect(page.getByRole('dialog')).toBeVisible()
  expect(await longestMotionMs(page), 'the app does animate without the setting').toBeGreaterThan(
    50
  )
  await page.emulateMedia({ reducedMotion: 'reduce' })
  expect(await longestMotionMs(page)).toBeLessThanOrEqual(0.01)
})

/** A unique-enough description of the focused element, for messages. */
async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return 'body'
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''
    return `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${name}"`
  })
}

/**
 * Tabs through the page from the top (up to `limit` stops) and, at each stop, compares the
 * focused control's surroundings with focus and without: identical pixels mean focus is invisible.
 * Returns the controls whose focus could not be seen.
 */
async function invisibleFocusStops(
  page: Page,
  limit: number
): Promise<{ stops: number; invisible: string[] }> {
  const invisible: string[] = []
  const seen = new Set<string>()
  await page.locator('body').click({ position: { x: 1, y: 1 } })
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluateHandle(() => document.activeElement)
    const el = focused.asElement()
    if (!el || (await el.evaluate((e) => e === document.body))) break
    const label = await describeFocus(page)
    const key = `${label}@${await el.evaluate((e) => e.getBoundingClientRect().top | 0)}`
    if (seen.has(key)) break // back at the start
    seen.add(key)
    const clip = around(await el.boundingBox(), page)
    if (!clip) continue
    const withFocus = await page.screenshot({ clip, animations: 'disabled' })
    await el.evaluate((e) => (e as HTMLElement).blur())
    const without = await page.screenshot({ clip, animations: 'disabled' })
    if (withFocus.equals(without)) invisible.push(label)
    // Tab goes on from here.
    await el.evaluate((e) => (e as HTMLElement).focus())
  }
  return { stops: seen.size, invisible }
}

/** An element's box grown by a few pixels (where focus rings are drawn), within the viewport. */
function around(box: { x: number; y: number; width: number; height: number } | null, page: Page) {
  if (!box || box.width === 0 || box.height === 0) return null
  const pad = 4
  const x = Math.max(0, box.x - pad)
  const y = Math.max(0, box.y - pad)
  const size = page.viewportSize() ?? { width: 1280, height: 800 }
  const width = Math.min(size.width - x, box.width + 2 * pad)
  const height = Math.min(size.height - y, box.height + 2 * pad)
  return width > 0 && height > 0 ? { x, y, width, height } : null
}

async function openQuestionWithAnswer(notebook: Notebook): Promise<void> {
  await notebook.search('decorators')
  await notebook.openResult(/^How do Python decorators work\?/)
}

for (const theme of ['light', 'dark'] as const) {
  test(`every control shows its focus (${theme})`, async ({ notebook, page }) => {
    test.slow()
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await notebook.openNotebook()
    await page.mouse.move(0, 0)
    const home = await invisibleFocusStops(page, 45)
    // The top bar's actions and the source tree are one Tab stop each (issue #12 item 8).
    expect(home.stops, 'Tab reached the controls').toBeGreaterThan(14)
    expect(home.invisible, 'home').toEqual([])

    await openQuestionWithAnswer(notebook)
    await page.mouse.move(0, 0)
    const question = await invisibleFocusStops(page, 70)
    expect(question.stops).toBeGreaterThan(30)
    expect(question.invisible, 'open question').toEqual([])

    await page.getByTestId('export-button').click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await page.mouse.move(0, 0)
    const dialog = await invisibleFocusStops(page, 20)
    expect(dialog.stops).toBeGreaterThan(4)
    expect(dialog.invisible, 'export dialog').toEqual([])

    // The check itself catches a control whose focus style is gone.
    await page.keyboard.press('Escape')
    await page.addStyleTag({
      content: '[data-testid="export-button"]:focus-visible { outline: none !important; }'
    })
    const stripped = await invisibleFocusStops(page, 8)
    expect(stripped.invisible.some((label) => label.includes('Export'))).toBe(true)
  })
}

for (const dialog of [
  { button: 'export-button', name: /Export/ },
  { button: 'backup-button', name: /Back/ }
]) {
  test(`dialog ${dialog.button}: Tab stays inside, Escape closes and gives focus back`, async ({
    notebook,
    page
  }) => {
    await notebook.openNotebook()
    const opener = page.getByTestId(dialog.button)
    await opener.focus()
    await page.keyboard.press('Enter')
    const box = page.getByRole('dialog', { name: dialog.name })
    await expect(box).toBeVisible()
    const inside = (): Promise<boolean> => box.evaluate((el) => el.contains(document.activeElement))
    expect(await inside()).toBe(true)
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab')
      expect(await inside(), `Tab ${i + 1} left the dialog`).toBe(true)
    }
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Shift+Tab')
      expect(await inside(), `Shift+Tab ${i + 1} left the dialog`).toBe(true)
    }
    await page.keyboard.press('Escape')
    await expect(box).toHaveCount(0)
    await expect(opener).toBeFocused()
  })
}

test('the answer editor never traps the keyboard', async ({ notebook, page }) => {
  await notebook.openNotebook()
  await openQuestionWithAnswer(notebook)
  await notebook.focusEditor()
  // Outside a code block Tab moves on, like anywhere else.
  await page.keyboard.press('Tab')
  await expect(notebook.editor).not.toBeFocused()
  await notebook.focusEditor()
  await page.keyboard.press('Shift+Tab')
  await expect(notebook.editor).not.toBeFocused()

  // In a code block Tab indents (it is code); Escape still leaves, to the results.
  await notebook.focusEditor()
  await page.keyboard.type('```py ')
  await page.keyboard.press('Tab')
  await expect(notebook.editor).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(notebook.editor).not.toBeFocused()
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeFocused()
})
