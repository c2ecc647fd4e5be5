/**
 * The product's main path, shared by the browser spec and the Electron spec: search with a typo,
 * filter, open a question, write an answer with a Python block through Markdown shortcuts,
 * switch away and back, reload, and find the answer in the editor and on disk as Markdown.
 */
import { expect } from '@playwright/test'
import type { Notebook } from './notebook'

export const DECORATOR = /^What is decorator\?/
export const GENERATOR = /^What is generator\?/

async function resultCount(notebook: Notebook): Promise<number> {
  const text = await notebook.page.getByTestId('result-count').textContent()
  return Number(text?.replace(/,/g, '').match(/\d+/)?.[0] ?? NaN)
}

export async function answerSurvivesSwitchingAndReload(notebook: Notebook): Promise<void> {
  const page = notebook.page
  await notebook.openNotebook()

  // A typo still finds the decorator questions.
  await notebook.search('decoratr')
  await expect(notebook.result(DECORATOR)).toBeVisible()
  const unfiltered = await resultCount(notebook)

  // Narrow to one source: fewer results, the question is still there.
  await page.getByTestId('filter-chip-source').click()
  await page.getByRole('menuitemcheckbox', { name: /000_a84ab7c9643d8013/ }).click()
  await page.keyboard.press('Escape')
  // The chip shows the seed's derived title; the file name stays in its tooltip.
  await expect(page.getByTestId('filter-chip-source')).toContainText('Django & Python notes')
  await expect(page.getByTestId('filter-chip-source')).toHaveAttribute(
    'title',
    '000_a84ab7c9643d8013.txt'
  )
  await expect.poll(() => resultCount(notebook)).toBeLessThan(unfiltered)
  await expect(notebook.result(DECORATOR)).toBeVisible()

  const decoratorId = await notebook.openResult(DECORATOR)
  await notebook.focusEditor()
  await page.keyboard.insertText('A decorator wraps a function and returns a new one.')
  await page.keyboard.press('Enter')
  // "```py " turns the line into a Python code block.
  await page.keyboard.type('```py ')
  await expect(page.locator('.ae-code')).toHaveAttribute('data-language', 'py')
  await page.keyboard.insertText('def shout(fn):')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('return lambda *a: fn(*a).upper()')
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

  // Reload: the app reopens where it was (search, filter, question), the answer read from disk.
  await page.reload()
  await notebook.reopenNotebook()
  await expect(notebook.searchBox).toHaveValue('decoratr')
  await expect(page.getByTestId('filter-chip-source')).toContainText('Django & Python notes')
  await expect(notebook.editor).toContainText('A decorator wraps a function')
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
}
