/**
 * Issue #12 item 14: a seed checklist's 38 `[x]` items start as Learning, and the sidebar says
 * so once, with "Reset to New"; a dismissed notice stays gone after a reload. Screenshots at
 * 1280 and 900 px, light and dark.
 */
import { test, expect } from './support/notebook'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 700 }
]
const MESSAGE = '38 items checked in the file start as Learning.'

for (const size of SIZES)
  for (const theme of ['light', 'dark'] as const)
    test(`checked items notice at ${size.width} px in ${theme}`, async ({ notebook, page }) => {
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme: theme })
      await notebook.openNotebook()
      // Below 1100 px the sidebar is an overlay, closed until asked for (and after a dialog).
      const showSidebar = async () => {
        if (size.width < 1100 && !(await page.getByTestId('sidebar-source').first().isVisible()))
          await page.getByTestId('sidebar-toggle').click()
      }
      await showSidebar()
      const notice = page.getByTestId('checked-notice')
      await expect(notice).toHaveCount(1)
      await expect(notice).toContainText(MESSAGE)
      await notice.scrollIntoViewIfNeeded()
      await notebook.screenshot(`checked-notice-${size.width}`)

      await page.getByRole('button', { name: /Parse report of Python Interview Questions/ }).click()
      await expect(page.getByTestId('parse-report-checked')).toContainText(MESSAGE)
      await page.keyboard.press('Escape')
      await showSidebar()

      await notice.getByRole('button', { name: 'Dismiss this notice' }).click()
      await expect(notice).toHaveCount(0)
      await page.reload()
      await showSidebar()
      await expect(page.getByTestId('sidebar-source').first()).toBeVisible()
      await expect(page.getByTestId('checked-notice')).toHaveCount(0)
    })

test('Reset to New sets the checked items back to New, and the notice stays gone', async ({
  notebook,
  page
}) => {
  await notebook.openNotebook()
  // The statuses themselves are checked in notebookService.seeds.test.ts.
  await page.getByTestId('checked-notice').getByRole('button', { name: 'Reset to New' }).click()
  await expect(page.getByTestId('toasts')).toContainText('38 questions set back to New.')
  await expect(page.getByTestId('checked-notice')).toHaveCount(0)
  await page.reload()
  await expect(page.getByTestId('sidebar-source').first()).toBeVisible()
  await expect(page.getByTestId('checked-notice')).toHaveCount(0)
})
