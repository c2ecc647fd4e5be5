/**
 * The main path over the real services: search with a typo, filter, open a question, write an
 * answer with a Python block through Markdown shortcuts, switch away and back, reload, and find
 * the answer in the editor and on disk as Markdown.
 */
import { answerSurvivesSwitchingAndReload, DECORATOR, GENERATOR } from './support/mainPath'
import { test, expect } from './support/notebook'

test('an answer written with Markdown shortcuts survives switching and reloading, as Markdown on disk', async ({
  notebook
}) => {
  await answerSurvivesSwitchingAndReload(notebook)
})

test('keyboard only: Ctrl+K, type, arrows, Enter, Ctrl+Shift+E, write, Escape, e', async ({
  notebook,
  page
}) => {
  await notebook.openNotebook()
  await page.keyboard.press('Control+K')
  await expect(notebook.searchBox).toBeFocused()
  await page.keyboard.type('generatr')
  await expect(notebook.result(GENERATOR)).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  const open = page.locator('.result-row--open')
  await expect(open).toHaveCount(1)
  const id = await open.getAttribute('data-entry-id')
  expect(id).toBeTruthy()
  await expect(notebook.editor).toBeVisible()

  // Ctrl+Shift+E jumps from the search box into the answer.
  await page.keyboard.press('Control+Shift+E')
  await expect(notebook.editor).toBeFocused()

  await page.keyboard.type('- first point')
  await page.keyboard.press('Enter')
  await page.keyboard.type('second point')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+B')
  await page.keyboard.type('bold')
  await page.keyboard.press('Control+B')
  await page.keyboard.type(' and ')
  await page.keyboard.press('Control+E')
  await page.keyboard.type('yield')
  // Undo and redo from the keyboard.
  await page.keyboard.press('Control+Z')
  await page.keyboard.press('Control+Y')
  await page.keyboard.press('Escape')
  await expect(notebook.editor).not.toBeFocused()
  // Escape hands focus back to the results, so j/k work at once.
  await expect(page.getByTestId('result-list')).toBeFocused()
  await notebook.expectSaved()

  await expect
    .poll(() => notebook.answerFile(id!))
    .toMatch(/- first point\n- second point\n\n\*\*bold\*\* and `yield`/)

  // Outside text fields, `e` goes back into the answer; Ctrl+K back to the search.
  await page.keyboard.press('e')
  await expect(notebook.editor).toBeFocused()
  await page.keyboard.press('Control+K')
  await expect(notebook.searchBox).toBeFocused()
})

test('the quit flush saves what was typed a moment ago', async ({ notebook, page, bridge }) => {
  await notebook.openNotebook()
  await notebook.search('generator')
  const id = await notebook.openResult(GENERATOR)
  await notebook.focusEditor()
  await page.keyboard.insertText('typed just before quitting')
  // The desktop app sends app:flush-request on quit and waits for app:flushed.
  expect(await bridge.requestFlush()).toBe(true)
  expect(await notebook.answerFile(id)).toContain('typed just before quitting')
})

test('an answer edited elsewhere reloads; with local edits it becomes a visible conflict', async ({
  notebook,
  page
}) => {
  await notebook.openNotebook()
  await notebook.search('decoratr')
  const id = await notebook.openResult(DECORATOR)
  await notebook.focusEditor()
  await page.keyboard.type('mine')
  await notebook.expectSaved()
  const file = (await notebook.answerFile(id))!

  // Edited in another editor while the app has no unsaved text: the editor follows.
  const { writeFile } = await import('node:fs/promises')
  const path = notebook.answerPath(id)
  await writeFile(path, file.replace('mine', 'edited in vim'))
  await expect(notebook.editor).toContainText('edited in vim')
  await notebook.expectSaved()

  // Now both sides change: nothing is overwritten, the user sees both.
  await notebook.focusEditor()
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText(' plus my edit')
  await writeFile(path, file.replace('mine', 'edited again elsewhere'))
  const alert = page.locator('.answer-conflict')
  await expect(alert).toBeVisible()
  await expect(alert.getByLabel('Version on disk')).toContainText('edited again elsewhere')
  await expect(notebook.saveState).toHaveAttribute('data-state', 'conflict')
  await expect(notebook.editor).toContainText('plus my edit')
  expect(await notebook.answerFile(id)).toContain('edited again elsewhere')
  await alert.getByRole('button', { name: 'Keep my version' }).click()
  await notebook.expectSaved()
  expect(await notebook.answerFile(id)).toContain('plus my edit')
})
