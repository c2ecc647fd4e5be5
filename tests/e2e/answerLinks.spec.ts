/**
 * Issue #12, item 10: a link in My answer opens with Ctrl+click (through the checked
 * shell:openExternal path, like reference links); a plain click only places the caret.
 */
import { GENERATOR } from './support/mainPath'
import { test, expect } from './support/notebook'

test('Ctrl+click opens a link in My answer, a plain click edits it', async ({
  notebook,
  page,
  bridge
}) => {
  await notebook.openNotebook()
  await notebook.search('generator')
  await notebook.openResult(GENERATOR)
  await notebook.focusEditor()
  await page.keyboard.type('See [the docs](https://docs.python.org/3/glossary.html) today')
  const link = notebook.editor.locator('a.ae-link')
  await expect(link).toHaveText('the docs')
  await notebook.expectSaved()

  await link.click()
  await expect(notebook.editor).toBeFocused()
  await page.keyboard.type('X')
  await expect(notebook.editor).toContainText('X')
  expect(bridge.openedExternal).toEqual([])

  await link.click({ modifiers: ['Control'] })
  await expect
    .poll(() => bridge.openedExternal)
    .toEqual(['https://docs.python.org/3/glossary.html'])
})
