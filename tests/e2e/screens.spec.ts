/**
 * Screenshots of the main states in light and dark, saved to test-results/screenshots/ for a
 * person to look at (CI keeps them as artifacts). Each state is also asserted to be on screen.
 */
import { test, expect } from './support/notebook'

for (const theme of ['light', 'dark'] as const) {
  test(`main states in ${theme}`, async ({ notebook, page }) => {
    await page.emulateMedia({ colorScheme: theme })
    await notebook.openNotebook()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await notebook.screenshot('01-start')

    await notebook.search('decoratr')
    await notebook.screenshot('02-search-typo')

    await notebook.openResult(/^What are Python decorators\?/)
    await notebook.focusEditor()
    await page.keyboard.type('# Decorators')
    await page.keyboard.press('Enter')
    await page.keyboard.type('A **decorator** takes a function and returns a `wrapper`.')
    await page.keyboard.press('Enter')
    await page.keyboard.type('- [ ] explain ')
    await page.keyboard.type('closures')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await page.keyboard.type('```py ')
    await page.keyboard.insertText('def repeat(times: int):')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('    return lambda fn: fn  # "TODO"')
    await notebook.expectSaved()
    await notebook.screenshot('03-answer-with-code')

    // With the code-language picker in the row, Link may have moved into the More menu.
    const link = page.getByRole('button', { name: 'Link', exact: true })
    if (await link.isVisible()) await link.click()
    else {
      await page.getByRole('button', { name: 'More' }).click()
      await page.getByRole('menuitemcheckbox', { name: 'Link', exact: true }).click()
    }
    await expect(page.getByRole('form', { name: 'Insert link' })).toBeVisible()
    await notebook.screenshot('04-toolbar-link-form')
  })
}
