/**
 * Issue #12, item 7: Enter in the search box opens the highlighted question and hands the
 * keyboard to it: `e` then goes into the answer (not into the query), the query keeps its
 * text and the highlighted row is the open question; `/` and Ctrl+K return to the search.
 */
import { GENERATOR } from './support/mainPath'
import { test, expect } from './support/notebook'

test('after Enter in the search box, e writes the answer and / returns to the query', async ({
  notebook,
  page
}) => {
  await notebook.openNotebook()
  await page.keyboard.press('Control+K')
  await page.keyboard.type('generatr')
  await expect(notebook.result(GENERATOR)).toBeVisible()
  await page.keyboard.press('Enter')

  const prompt = page.getByTestId('question-prompt')
  await expect(prompt).toBeFocused()
  const open = page.locator('.result-row--open')
  await expect(open).toHaveCount(1)
  await expect(open).toHaveAttribute('aria-selected', 'true')
  await expect(prompt).toHaveText(await open.locator('.result-row__prompt').innerText())

  await page.keyboard.press('e')
  await expect(notebook.editor).toBeFocused()
  await expect(notebook.searchBox).toHaveValue('generatr')
  await page.keyboard.type('typed into the answer')
  await notebook.expectSaved()
  await expect(notebook.editor).toContainText('typed into the answer')
  await expect(notebook.searchBox).toHaveValue('generatr')

  await page.keyboard.press('Escape')
  await page.keyboard.press('/')
  await expect(notebook.searchBox).toBeFocused()
  await expect(notebook.searchBox).toHaveValue('generatr')
})
