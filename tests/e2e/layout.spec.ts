/**
 * Issue #12 item 9: the layout adapts to the window. Below 1100 px the sidebar is an overlay and
 * the question and My answer stack; code in a reference answer scrolls sideways instead of
 * being clipped; pane handles are easy to grab and move with the keyboard; the answer toolbar
 * stays one row with a More menu. Screenshots at 1280×800 and 900×700, light and dark.
 */
import { resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import type { Bridge } from '../bridge/startBridge'
import { test, expect, type Notebook } from './support/notebook'

const LONG_CODE = resolve('tests/fixtures/layout/long-code.md')
const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 700 }
] as const

/** Adds the fixture whose reference answer has one very long code line, and opens it. */
async function openLongCode(notebook: Notebook, bridge: Bridge): Promise<Locator> {
  const page = notebook.page
  bridge.pickQueue.push([LONG_CODE])
  // In a narrow window the sidebar (with its Add source…) is an overlay: open it first.
  if (await page.getByTestId('sidebar').isHidden()) await page.getByTestId('sidebar-toggle').click()
  await page.getByRole('button', { name: 'Add source…' }).first().click()
  await page.getByTestId('source-preview').getByRole('button', { name: 'Add' }).click()
  await expect(page.getByTestId('source-preview')).toBeHidden()
  await notebook.search('log every call of a view')
  await notebook.openResult(/log every call of a view/)
  const pre = page.locator('.md-code pre').filter({ hasText: 'END-OF-LONG-LINE' })
  await expect(pre).toBeVisible()
  return pre
}

/** Screenshots in both themes at the current size. */
async function shots(notebook: Notebook, name: string): Promise<void> {
  const page = notebook.page
  const width = page.viewportSize()?.width ?? 0
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await notebook.screenshot(`layout-${name}-${width}`)
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
}

/** The height the app's CSS gives a code block's horizontal scrollbar, in px (0: none). */
async function codeScrollbarHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    for (const sheet of Array.from(document.styleSheets))
      for (const rule of Array.from(sheet.cssRules))
        if (
          rule instanceof CSSStyleRule &&
          rule.selectorText.includes('.md-code pre::-webkit-scrollbar') &&
          !rule.selectorText.includes('thumb')
        )
          return parseFloat(rule.style.height) || 0
    return 0
  })
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

test('at 900 px nothing overflows, the sidebar is an overlay and question and answer stack', async ({
  notebook,
  bridge,
  page
}) => {
  await page.setViewportSize({ width: 900, height: 700 })
  await notebook.openNotebook()
  expect(await horizontalOverflow(page), 'home scrolls sideways').toBeLessThanOrEqual(0)
  const sidebar = page.getByTestId('sidebar')
  const toggle = page.getByTestId('sidebar-toggle')
  await expect(sidebar).toBeHidden()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await shots(notebook, 'home')

  // Open: it floats over the results and takes focus; Escape closes it and focus returns.
  await toggle.click()
  await expect(sidebar).toBeVisible()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  expect(await sidebar.evaluate((el) => getComputedStyle(el).position)).toBe('fixed')
  await expect(sidebar.getByRole('treeitem').first()).toBeFocused()
  await shots(notebook, 'sidebar-overlay')
  await page.keyboard.press('Escape')
  await expect(sidebar).toBeHidden()
  await expect(toggle).toBeFocused()
  // Ctrl+\ opens it too; choosing a section filters and closes it, focus goes to the results.
  await page.keyboard.press('Control+\\')
  await expect(sidebar).toBeVisible()
  await sidebar.getByTestId('sidebar-section').nth(1).click()
  await expect(sidebar).toBeHidden()
  await expect(page.getByTestId('filter-chip-section')).toContainText('Section:')
  // A click outside closes it, and so does focus moving elsewhere (Ctrl+K to the search box).
  await toggle.click()
  await expect(sidebar).toBeVisible()
  await page.mouse.click(880, 400)
  await expect(sidebar).toBeHidden()
  await toggle.click()
  // Focus returns to the tree's Tab stop: the row used last.
  await expect(sidebar.locator('[role="treeitem"][tabindex="0"]')).toBeFocused()
  await page.keyboard.press('Control+k')
  await expect(notebook.searchBox).toBeFocused()
  await expect(sidebar).toBeHidden()
  await page.getByRole('button', { name: 'Clear all' }).click()

  const pre = await openLongCode(notebook, bridge)
  const question = page.locator('.detail__question')
  const answer = page.locator('.detail__answer')
  const q = (await question.boundingBox())!
  const a = (await answer.boundingBox())!
  expect(a.y, 'My answer sits below the question').toBeGreaterThanOrEqual(q.y + q.height - 2)
  expect(Math.abs(a.x - q.x)).toBeLessThan(2)
  const handle = page.getByRole('separator', { name: 'Resize my answer' })
  await expect(handle).toHaveAttribute('aria-orientation', 'horizontal')
  expect(await horizontalOverflow(page), 'open question scrolls sideways').toBeLessThanOrEqual(0)
  await pre.scrollIntoViewIfNeeded()
  await shots(notebook, 'long-code')
})

for (const size of SIZES) {
  test(`long code scrolls sideways, never clipped, at ${size.width} px`, async ({
    notebook,
    bridge,
    page
  }) => {
    await page.setViewportSize(size)
    await notebook.openNotebook()
    await shots(notebook, 'home')
    const pre = await openLongCode(notebook, bridge)
    const box = await pre.evaluate((el) => {
      const pane = el.closest('.detail__question')!.getBoundingClientRect()
      const r = el.getBoundingClientRect()
      return {
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
        overflowX: getComputedStyle(el).overflowX,
        right: r.right,
        paneRight: pane.right,
        paneLeft: pane.left,
        left: r.left
      }
    })
    expect(box.overflowX).toBe('auto')
    expect(box.scrollWidth, 'the long line is wider than the block').toBeGreaterThan(
      box.clientWidth
    )
    // A scrollbar that always shows (headless Chromium hides scrollbars from measurement, so the
    // app's own always-visible scrollbar style is checked instead).
    expect(await codeScrollbarHeight(page), 'a styled, always visible scrollbar').toBeGreaterThan(6)
    // The block lies inside its pane: nothing of it is cut off by the pane's edge.
    expect(box.right).toBeLessThanOrEqual(box.paneRight + 0.5)
    expect(box.left).toBeGreaterThanOrEqual(box.paneLeft - 0.5)
    // And it can be scrolled to the line's end, with the keyboard too.
    await pre.focus()
    await page.keyboard.press('End')
    await pre.evaluate((el) => (el.scrollLeft = el.scrollWidth))
    expect(await pre.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
    await expect(pre.getByText('END-OF-LONG-LINE')).toBeInViewport()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await shots(notebook, `long-code-scrolled`)
  })

  test(`the answer toolbar is one row with a More menu at ${size.width} px`, async ({
    notebook,
    page
  }) => {
    await page.setViewportSize(size)
    await notebook.openNotebook()
    await notebook.search('decorators')
    await notebook.openResult(/^How do Python decorators work\?/)
    const toolbar = page.getByRole('toolbar', { name: 'Answer formatting' })
    const more = toolbar.getByRole('button', { name: /More/ })
    const row = toolbar.locator('.ae-toolbar__row')
    const oneRow = async (): Promise<void> => {
      const tops = await row
        .locator('button, select')
        .evaluateAll((els) => [
          ...new Set(els.map((el) => Math.round(el.getBoundingClientRect().top)))
        ])
      expect(tops, 'every tool on one row').toHaveLength(1)
      expect((await toolbar.boundingBox())!.height).toBeLessThan(44)
    }
    await oneRow()
    // In a code block the language picker joins the row: what no longer fits goes into More.
    await notebook.focusEditor()
    await page.keyboard.type('```py ')
    await page.keyboard.insertText('print("hi")')
    await expect(toolbar.getByRole('combobox', { name: 'Code language' })).toBeVisible()
    await expect(more).toBeVisible()
    await oneRow()

    // Keyboard: Enter opens on the first item, arrows move, Escape returns to More.
    await more.focus()
    await page.keyboard.press('Enter')
    const menu = page.getByRole('menu', { name: 'More formatting' })
    await expect(menu).toBeVisible()
    await expect(more).toHaveAttribute('aria-expanded', 'true')
    const items = menu.locator('[role^="menuitem"]')
    await expect(items.first()).toBeFocused()
    await page.keyboard.press('End')
    await expect(items.last()).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(items.first()).toBeFocused()
    const menuBox = (await menu.boundingBox())!
    expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(size.width)
    await shots(notebook, 'more-menu')
    await page.keyboard.press('Escape')
    await expect(menu).toBeHidden()
    await expect(more).toBeFocused()

    // A tool from the menu acts on the answer: Code block (checked here) turns it back to text.
    await more.click()
    const codeBlock = menu.getByRole('menuitemcheckbox', { name: 'Code block' })
    await expect(codeBlock).toHaveAttribute('aria-checked', 'true')
    await codeBlock.click()
    await expect(menu).toBeHidden()
    await expect(notebook.editor).toBeFocused()
    await expect(notebook.editor.locator('code')).toHaveCount(0)
    await expect(notebook.editor).toContainText('print("hi")')
    await oneRow()
    // The picker is gone; at 900 px the stacked answer is wide enough for every tool again.
    if (size.width === 900) await expect(more).toBeHidden()
  })
}

test('pane handles show on hover, have a wide hit area and move with the arrow keys', async ({
  notebook,
  page
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await notebook.openNotebook()
  await notebook.search('decorators')
  await notebook.openResult(/^How do Python decorators work\?/)
  const handle = page.getByRole('separator', { name: 'Resize results' })
  const box = (await handle.boundingBox())!
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  // Every point within 4 px either side of the line grabs the handle (a 9 px hit area).
  for (const dx of [-4, -2, 2, 4]) {
    const hit = await page.evaluate(
      ([px, py]) => document.elementFromPoint(px!, py!)?.getAttribute('aria-label') ?? null,
      [x + dx, y]
    )
    expect(hit, `point ${dx} px from the line`).toBe('Resize results')
  }
  const grip = () => handle.evaluate((el) => getComputedStyle(el, '::after').backgroundColor)
  const idle = await grip()
  await page.mouse.move(x + 3, y)
  await expect.poll(grip, { message: 'the handle shows itself on hover' }).not.toBe(idle)

  const before = Number(await handle.getAttribute('aria-valuenow'))
  await handle.focus()
  await page.keyboard.press('ArrowRight')
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 16))
  await page.keyboard.press('ArrowLeft')
  await expect(handle).toHaveAttribute('aria-valuenow', String(before))
  const answerHandle = page.getByRole('separator', { name: 'Resize my answer' })
  await expect(answerHandle).toHaveAttribute('aria-orientation', 'vertical')
  await expect(answerHandle).toHaveAttribute('aria-valuenow', /\d/)
})
