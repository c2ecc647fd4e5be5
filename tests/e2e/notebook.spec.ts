/**
 * The main path over the real services: search with a typo, filter, open a question, write an
 * answer with a Python block through Markdown shortcuts, switch away and back, reload, and find
 * the answer in the editor and on disk as Markdown.
 */
import { test, expect } from './support/notebook'

const DECORATOR = /^What is decorator\?/
const GENERATOR = /^What is generator\?/

test('an answer written with Markdown shortcuts survives switching and reloading, as Markdown on disk', async ({
  notebook,
  page
}) => {
  await notebook.openNotebook()

  // A typo still finds the decorator questions.
  await notebook.search('decoratr')
  await expect(notebook.result(DECORATOR)).toBeVisible()
  const unfiltered = Number((await page.getByTestId('result-count').textContent())?.match(/\d+/)?.[0])

  // Narrow to one source: fewer results, the question is still there.
  await page.getByTestId('filter-chip-source').click()
  await page.getByRole('menuitemcheckbox', { name: /000_a84ab7c9643d8013/ }).click()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('filter-chip-source')).toContainText('000_a84ab7c9643d8013')
  await expect
    .poll(async () => Number((await page.getByTestId('result-count').textContent())?.match(/\d+/)?.[0]))
    .toBeLessThan(unfiltered)
  await expect(notebook.result(DECORATOR)).toBeVisible()

  const decoratorId = await notebook.openResult(DECORATOR)
  await notebook.focusEditor()
  await page.keyboard.type('A decorator wraps a function and returns a new one.')
  await page.keyboard.press('Enter')
  // "```py " turns the line into a Python code block.
  await page.keyboard.type('```py ')
  await expect(page.locator('.ae-code')).toHaveAttribute('data-language', 'py')
  await page.keyboard.type('def shout(fn):')
  await page.keyboard.press('Enter')
  await page.keyboard.type('return lambda *a: fn(*a).upper()')
  await expect(page.locator('.ae-code .ae-tok-keyword').first()).toHaveText('def')
  await notebook.expectSaved()

  // Switch to another question and write there; leaving at once must still save it.
  await notebook.search('generator')
  const generatorId = await notebook.openResult(GENERATOR)
  expect(generatorId).not.toBe(decoratorId)
  await expect(notebook.editor).not.toContainText('def shout')
  await notebook.focusEditor()
  await page.keyboard.type('- lazy')
  await notebook.search('decoratr')
  await notebook.openResult(DECORATOR)
  await expect(notebook.editor).toContainText('def shout(fn):')
  await expect.poll(() => notebook.answerFile(generatorId)).toContain('- lazy')

  // Reload the page: the answer comes back from disk into the editor.
  await page.reload()
  await notebook.openNotebook()
  await notebook.search('decoratr')
  await notebook.openResult(DECORATOR)
  await expect(notebook.editor).toContainText('A decorator wraps a function')
  await expect(page.locator('.ae-code')).toHaveAttribute('data-language', 'py')
  await expect(page.locator('.ae-code')).toContainText('return lambda *a: fn(*a).upper()')
  await notebook.expectSaved()

  // On disk: plain Markdown with the fence and its language.
  const file = await notebook.answerFile(decoratorId)
  expect(file).toContain('A decorator wraps a function and returns a new one.')
  expect(file).toMatch(/```py\ndef shout\(fn\):\n\s*return lambda \*a: fn\(\*a\)\.upper\(\)\n```/)
})

test('keyboard only: Ctrl+K, type, arrows, Enter, Ctrl+Shift+E, write, Escape, e', async ({ notebook, page }) => {
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
  await page.keyboard.type('typed just before quitting')
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
  const path = `${notebook.bridge.dataDir}/notebook/${id}.md`
  await writeFile(path, file.replace('mine', 'edited in vim'))
  await expect(notebook.editor).toContainText('edited in vim')
  await notebook.expectSaved()

  // Now both sides change: nothing is overwritten, the user sees both.
  await notebook.focusEditor()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' plus my edit')
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
