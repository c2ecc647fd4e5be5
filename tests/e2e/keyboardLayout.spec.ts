/**
 * Issue #12 item 8: the Tab order. A skip link comes first, the top bar's actions are one
 * toolbar and the sidebar's sources one tree (a roving tabindex, arrows inside), so Tab from
 * the top of the page reaches the search box in 3 presses and the filters in 6 (after the sync
 * status button).
 */
import type { Page } from '@playwright/test'
import { test, expect } from './support/notebook'

/** Presses Tab until `isTarget` holds for the focused element; returns the presses, or -1. */
async function tabsUntil(page: Page, isTarget: string, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab')
    const hit = await page.evaluate(
      (selector) => document.activeElement?.matches(selector) ?? false,
      isTarget
    )
    if (hit) return presses
  }
  return -1
}

test('Tab from the top reaches the search box in 3 presses and the filters in 6', async ({
  notebook,
  page
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await notebook.openNotebook()
  await expect(page.locator('body')).toBeFocused()

  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to results' })
  await expect(skip).toBeFocused()
  // Visible on focus: on screen, not clipped away.
  const box = await skip.boundingBox()
  expect(box && box.y >= 0 && box.width > 40).toBe(true)

  await page.reload()
  await notebook.openNotebook()
  expect(await tabsUntil(page, 'input[type="search"]', 3)).toBeGreaterThan(0)
  await page.reload()
  await notebook.openNotebook()
  expect(await tabsUntil(page, '[role="toolbar"][aria-label="Filters"] *', 6)).toBeGreaterThan(0)

  // The skip link jumps straight to the results: the list, or before a search its first control.
  await page.reload()
  await notebook.openNotebook()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Browse all questions' })).toBeFocused()
  await notebook.search('decorators')
  await page.getByTestId('sidebar-toggle').focus()
  await page.keyboard.press('Shift+Tab')
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeFocused()
})

test('the top bar actions are one Tab stop with arrows inside', async ({ notebook, page }) => {
  await notebook.openNotebook()
  const bar = page.getByRole('toolbar', { name: 'Notebook actions' })
  await bar.getByRole('button', { name: 'New question' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('study-button')).toBeFocused()
  await page.keyboard.press('End')
  await expect(page.getByTestId('settings-button')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(bar.getByRole('button', { name: 'New question' })).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  // Tab leaves the toolbar: the next stop is outside it, and the focused one keeps the stop.
  await page.keyboard.press('Tab')
  expect(await bar.evaluate((el) => el.contains(document.activeElement))).toBe(false)
  expect(await bar.locator('[tabindex="0"]').count()).toBe(1)
  await expect(page.getByTestId('settings-button')).toHaveAttribute('tabindex', '0')
})

test('arrows move within the source tree, which is one Tab stop', async ({ notebook, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await notebook.openNotebook()
  const tree = page.getByRole('tree', { name: 'Sources' })
  const items = tree.getByRole('treeitem')
  const total = await items.count()
  expect(total, 'sources and their sections are treeitems').toBeGreaterThan(20)
  await expect(tree.locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1)

  // Tab into the tree from the sidebar's first control lands on one row; one more Tab leaves it.
  await page.getByTestId('sidebar').getByRole('button', { name: 'All questions' }).focus()
  await page.keyboard.press('Tab') // the heading's Add source…
  await page.keyboard.press('Tab')
  const first = items.first()
  await expect(first).toBeFocused()
  await expect(first).toHaveAttribute('aria-level', '1')
  await expect(first).toHaveAttribute('aria-expanded', 'true')

  await page.keyboard.press('ArrowDown')
  await expect(items.nth(1)).toBeFocused()
  await expect(items.nth(1)).toHaveAttribute('aria-level', '2')
  await page.keyboard.press('ArrowLeft')
  await expect(first).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(first).toHaveAttribute('aria-expanded', 'false')
  const collapsed = await items.count()
  expect(collapsed).toBeLessThan(total)
  await page.keyboard.press('ArrowDown')
  await expect(items.nth(1)).toHaveAttribute('aria-level', '1')
  await page.keyboard.press('Enter')
  await expect(items.nth(1)).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('filter-chip-source')).toContainText('Source:')
  await page.keyboard.press('End')
  await expect(items.last()).toBeFocused()
  await page.keyboard.press('Home')
  await expect(first).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(first).toHaveAttribute('aria-expanded', 'true')
  await expect(items).toHaveCount(total)
  await notebook.screenshot('tree-focus-1280')

  // Still one Tab stop: Tab from the row goes to its actions, or out of the tree.
  await page.keyboard.press('Tab')
  const inTreeRow = await page.evaluate(
    () => document.activeElement?.getAttribute('role') === 'treeitem'
  )
  expect(inTreeRow).toBe(false)
})
