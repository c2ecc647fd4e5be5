/**
 * The catalog is the user's: add a question, fix what the parser got wrong, preview a source
 * before adding it. Chromium over the real services (browser bridge), screenshots at 1280 and
 * 900 px wide in light and dark.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { startBridge } from '../bridge/startBridge'
import { test, expect, type Notebook } from './support/notebook'

const DOC = `# Interview notes

## Python

1. What is a generator? A generator is a function that yields values lazily.
2. What is a list comprehension? What is a dict comprehension?
3. Remember to buy milk
4. What does the yield keyword do?
   It pauses the function and hands a value out.
`

const WIDTHS = [1280, 900] as const

async function shots(notebook: Notebook, page: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 })
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme })
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await notebook.screenshot(`catalog-${name}-${width}`)
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.emulateMedia({ colorScheme: 'light' })
}

async function addSource(notebook: Notebook, pickQueue: string[][], path: string): Promise<void> {
  pickQueue.push([path])
  await notebook.page.getByTestId('add-source').click()
  const preview = notebook.page.getByTestId('source-preview')
  await expect(preview).toBeVisible()
  await preview.getByRole('button', { name: 'Add' }).click()
  await expect(preview).toBeHidden()
}

const notice = (page: Page) => page.getByTestId('toasts')

test('a new question is searchable, answerable, on disk as Markdown and there after a restart', async ({
  notebook,
  bridge,
  page
}) => {
  await notebook.openNotebook()
  await page.keyboard.press('Control+n')
  const form = page.getByTestId('question-form')
  await expect(form).toBeVisible()
  await form
    .getByRole('textbox', { name: 'Question', exact: true })
    .fill('How would you shard user sessions across Redis nodes?')
  await form
    .getByLabel('Reference answer (optional, Markdown)')
    .fill('Consistent hashing on the **session key**.')
  await form.getByLabel('Section').fill('System design')
  await form.getByLabel('Tags').fill('redis, scaling')
  await shots(notebook, page, 'new-question')
  await form.getByRole('button', { name: 'Save question' }).click()
  await expect(form).toBeHidden()
  await expect(notice(page)).toContainText('Added "How would you shard user sessions')
  await expect(page.getByTestId('question-prompt')).toHaveText(/shard user sessions/)
  await expect(page.getByRole('navigation', { name: 'Sources' })).toContainText('My questions')

  await notebook.search('shard sesions')
  const id = await notebook.openResult(/shard user sessions/)
  await notebook.focusEditor()
  await page.keyboard.type('Ring of virtual nodes.')
  await notebook.expectSaved()
  await shots(notebook, page, 'my-question-open')

  const file = await readFile(join(bridge.dataDir, 'notebook', 'My questions.md'), 'utf8')
  expect(file).toContain(
    '## System design\n\n### How would you shard user sessions across Redis nodes?'
  )
  expect(file).toContain('Consistent hashing on the **session key**.')

  // A restart: a new service over the same data folder.
  const again = await startBridge({ dataDir: bridge.dataDir, rendererDir: join('out', 'renderer') })
  try {
    await page.goto(again.entryUrl)
    await expect(notebook.searchBox).toBeEditable()
    await notebook.search('redis shard')
    expect(await notebook.openResult(/shard user sessions/)).toBe(id)
    await expect(notebook.editor).toContainText('Ring of virtual nodes.')
    await expect(page.locator('.question')).toContainText('Consistent hashing on the')
  } finally {
    await again.close()
  }
})

test('fix a prompt, hide, merge and split, each undoable, and they hold after the source changes', async ({
  notebook,
  bridge,
  page
}) => {
  test.setTimeout(240_000)
  const dir = await mkdtemp(join(tmpdir(), 'catalog-e2e-'))
  try {
    const doc = join(dir, 'interview.md')
    await writeFile(doc, DOC)
    await notebook.openNotebook()
    await addSource(notebook, bridge.pickQueue, doc)
    await expect(notice(page)).toContainText('Added interview.md')

    // Edit the prompt, then undo it from the notice.
    await notebook.search('yield keyword')
    await notebook.openResult(/yield keyword/)
    await page.getByRole('button', { name: 'Edit prompt' }).click()
    await page
      .getByRole('dialog')
      .getByLabel('Prompt')
      .fill('What does yield do in a generator function?')
    await shots(notebook, page, 'edit-prompt')
    await page.getByRole('button', { name: 'Save prompt' }).click()
    await expect(page.getByTestId('question-prompt')).toHaveText(
      'What does yield do in a generator function?'
    )
    await notice(page).getByRole('button', { name: 'Undo' }).first().click()
    await expect(page.getByTestId('question-prompt')).toHaveText('What does the yield keyword do?')
    await page.getByRole('button', { name: 'Edit prompt' }).click()
    await page
      .getByRole('dialog')
      .getByLabel('Prompt')
      .fill('What does yield do in a generator function?')
    await page.getByRole('button', { name: 'Save prompt' }).click()
    await expect(page.getByTestId('question-prompt')).toHaveText(
      'What does yield do in a generator function?'
    )

    // Split the glued prompt and answer.
    await notebook.search('generator yields lazily')
    await notebook.openResult(/A generator is a function/)
    await page.getByRole('button', { name: 'Split…' }).click()
    const split = page.getByTestId('split-dialog')
    await split
      .getByTestId('split-words')
      .getByRole('button', { name: 'generator?' })
      .first()
      .click()
    await shots(notebook, page, 'split')
    await split.getByRole('button', { name: 'Split prompt and answer' }).click()
    await expect(page.getByTestId('question-prompt')).toHaveText('What is a generator?')
    await expect(page.locator('.question')).toContainText(
      'A generator is a function that yields values lazily.'
    )

    // Merge the yield question into the generator one.
    await notebook.focusEditor()
    await page.keyboard.type('Mine: generators are lazy.')
    await notebook.expectSaved()
    await notebook.search('yield generator function')
    await notebook.openResult(/What does yield do/)
    await notebook.focusEditor()
    await page.keyboard.type('Mine: yield pauses.')
    await notebook.expectSaved()
    await page.getByRole('button', { name: 'Merge…' }).click()
    const merge = page.getByTestId('merge-dialog')
    await merge.getByRole('searchbox').fill('What is a generator')
    await merge.getByRole('option', { name: /^What is a generator\?/ }).click()
    await shots(notebook, page, 'merge')
    await merge.getByRole('button', { name: 'Merge' }).click()
    await expect(page.getByTestId('question-prompt')).toHaveText('What is a generator?')
    await expect(page.getByTestId('also-asked')).toContainText(
      'What does yield do in a generator function?'
    )
    await expect(notebook.editor).toContainText('Mine: generators are lazy.')
    await expect(notebook.editor).toContainText('Mine: yield pauses.')

    // Split a line that asks two questions.
    await notebook.search('dict comprehension')
    await notebook.openResult(/list comprehension\? What is a dict/)
    await page.getByRole('button', { name: 'Split…' }).click()
    await page
      .getByTestId('split-dialog')
      .getByRole('button', { name: 'Split into 2 questions' })
      .click()
    await expect(page.getByTestId('question-prompt')).toHaveText('What is a list comprehension?')

    // Not a question: hidden from search, listed under Hidden, restorable.
    await notebook.search('buy milk')
    await notebook.openResult(/buy milk/)
    await page.getByRole('button', { name: 'Not a question' }).click()
    await expect(page.locator('.question__banner')).toContainText('Not a question')
    await shots(notebook, page, 'hidden-banner')
    await notebook.searchBox.fill('buy milk')
    await expect(page.getByTestId('result-count')).toHaveText('0 results')
    await page.getByRole('button', { name: /^Hidden/ }).click()
    const hidden = page.getByTestId('hidden-dialog')
    await expect(hidden).toContainText('Remember to buy milk')
    await shots(notebook, page, 'hidden-list')
    await hidden.getByRole('button', { name: 'Close' }).click()

    // Ctrl+Z outside the editor undoes the last correction (the hide).
    await page.locator('.question__prompt').click()
    await page.keyboard.press('Control+z')
    await expect(notice(page)).toContainText('Undone: Marked "Not a question"')
    await expect(page.locator('.question__banner')).toBeHidden()
    await page.getByRole('button', { name: 'Not a question' }).click()
    await expect(page.locator('.question__banner')).toBeVisible()

    // The source changes: lines move, another question comes in, milk goes away.
    await writeFile(
      doc,
      DOC.replace('## Python\n', '## Python\n\n0. What is a closure?').replace(
        '3. Remember to buy milk\n',
        ''
      )
    )
    await expect(page.getByRole('button', { name: /correction no longer matches/ })).toBeVisible({
      timeout: 15000
    })
    await notebook.search('generator')
    await notebook.openResult(/^What is a generator\?(?! A)/)
    await expect(page.getByTestId('also-asked')).toBeVisible()
    await notebook.search('dict comprehension')
    await expect(notebook.result('What is a dict comprehension?')).toBeVisible()
    await page.getByRole('button', { name: /correction no longer matches/ }).click()
    const list = page.getByTestId('corrections-dialog')
    await expect(list).toContainText('Remember to buy milk')
    await shots(notebook, page, 'corrections-list')
    const stored = JSON.parse(
      await readFile(join(bridge.dataDir, 'notebook', 'corrections.json'), 'utf8')
    )
    expect(stored.corrections.length).toBeGreaterThanOrEqual(4)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('adding a source shows its preview first; Cancel changes nothing; drops and removal too', async ({
  notebook,
  bridge,
  page
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'catalog-drop-'))
  process.env['STUDY_NOTEBOOK_TEST_DROP_DIR'] = dir
  try {
    await writeFile(
      join(dir, 'dropped.md'),
      DOC + '\nSome stray prose that is not a question at all.\n'
    )
    await notebook.openNotebook()
    const before = await page.getByTestId('result-count').textContent()
    bridge.pickQueue.push([join(dir, 'dropped.md')])
    await page.getByTestId('add-source').click()
    const preview = page.getByTestId('source-preview')
    await expect(preview).toContainText('Add dropped.md?')
    await expect(preview).toContainText('First items')
    await shots(notebook, page, 'import-preview')
    await preview.getByRole('button', { name: 'Cancel' }).click()
    await expect(preview).toBeHidden()
    await expect(page.getByTestId('result-count')).toHaveText(before ?? '')
    await expect(page.getByRole('navigation', { name: 'Sources' })).not.toContainText('dropped.md')

    // Dropping the file on the window goes through the same preview.
    await page.evaluate(() => {
      const data = new DataTransfer()
      data.items.add(new File(['x'], 'dropped.md', { type: 'text/markdown' }))
      window.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })
      )
    })
    await expect(preview).toContainText('Add dropped.md?')
    // Add asks main, whose native "Add these dropped items?" box the bridge answers yes.
    await preview.getByRole('button', { name: 'Add' }).click()
    await expect(notice(page)).toContainText('Added dropped.md:')
    await expect(page.getByRole('navigation', { name: 'Sources' })).toContainText('Interview notes')

    // Removing asks first and says answers are kept.
    // The remove button shows on hover, as in the sidebar.
    const sidebar = page.getByRole('navigation', { name: 'Sources' })
    await sidebar.getByRole('treeitem', { name: /Interview notes/ }).hover()
    await sidebar.getByRole('button', { name: 'Remove source Interview notes' }).click()
    const confirm = page.getByTestId('confirm-dialog')
    await expect(confirm).toContainText('Your answers are kept')
    await shots(notebook, page, 'remove-confirm')
    await confirm.getByRole('button', { name: 'Remove' }).click()
    await expect(notice(page)).toContainText('Your answers are kept.')
  } finally {
    delete process.env['STUDY_NOTEBOOK_TEST_DROP_DIR']
    await rm(dir, { recursive: true, force: true })
  }
})
