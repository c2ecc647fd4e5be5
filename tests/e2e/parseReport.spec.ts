/**
 * The parse report on a source: the sidebar row's "Parse report" action opens a dialog with
 * the document's counts, warnings and the lines that went into no item; Escape closes it.
 * Screenshots at 1280 and 900 px wide, light and dark.
 */
import { expect, test } from './support/notebook'

for (const theme of ['light', 'dark'] as const) {
  test(`parse report of a seed in ${theme}`, async ({ notebook, page }) => {
    await page.emulateMedia({ colorScheme: theme })
    for (const width of [1280, 900]) {
      await page.setViewportSize({ width, height: 800 })
      await notebook.openNotebook()
      // At 900 px the sidebar is an overlay: open it first.
      if (width < 1100) await page.getByTestId('sidebar-toggle').click()
      const row = page.getByTestId('sidebar-source').nth(3)
      await row.hover()
      const open = page.getByRole('button', { name: /^Parse report of / }).nth(3)
      await open.click()
      const dialog = page.getByRole('dialog', { name: /^Parse report: / })
      await expect(dialog).toBeVisible()
      // Seed 003 has 200 unanswered questions and two lines that are not items.
      await expect(dialog.getByText('Questions', { exact: true })).toBeVisible()
      await expect(
        dialog.getByText('None of the 200 questions has a reference answer in the document.')
      ).toBeVisible()
      const unused = dialog.getByRole('list', { name: /^Lines not used in / }).getByRole('listitem')
      await expect(unused).toHaveCount(2)
      await notebook.screenshot(`parse-report-${width}`)
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
      await expect(open).toBeFocused()
    }
  })
}
