/**
 * Issue #9: a quiz question's options and the code it points at are part of the question. The
 * question view shows them under the prompt, apart from the reference answer (a quiz without
 * a key has none). A checkbox quiz's ticked choice is its answer, so in self-test mode it shows
 * unticked until the reference is revealed. Screenshots at 1280 and 900 px wide, light and dark.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Bridge } from '../bridge/startBridge'
import { expect, test, type Notebook } from './support/notebook'

const QUIZ = [
  '# Python quiz',
  '',
  '**1. What does the following code print?**',
  '',
  '```python',
  'x = [1, 2, 3]',
  'print(x[-1])',
  '```',
  '',
  'a) `1`',
  'b) `3`',
  'c) `-1`',
  'd) an IndexError',
  '',
  '**2. Which keyword defines a function?**',
  '',
  'a) `func`',
  'b) `def`',
  'c) `lambda`',
  '',
  '**3. Which of these is immutable?**',
  '',
  'a) list',
  'b) dict',
  'c) tuple',
  ''
].join('\n')

const CHECKBOX_QUIZ = [
  '# Django quiz',
  '',
  '#### Q1. Which command applies migrations to the database?',
  '',
  '- [ ] `python manage.py makemigrations`',
  '- [x] `python manage.py migrate`',
  '- [ ] `python manage.py sqlmigrate`',
  '',
  '#### Q2. Which file holds the project settings?',
  '',
  '- [ ] `urls.py`',
  '- [x] `settings.py`',
  '- [ ] `wsgi.py`',
  ''
].join('\n')

async function addSource(notebook: Notebook, bridge: Bridge, page: Page, file: string) {
  await notebook.openNotebook()
  bridge.pickQueue.push([file])
  await page.getByTestId('add-source').click()
  const preview = page.getByTestId('source-preview')
  await preview.getByRole('button', { name: 'Add' }).click()
  await expect(preview).toBeHidden()
}

test('a quiz question shows its code and options under the prompt, with no reference answer', async ({
  notebook,
  bridge,
  page
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'detail-e2e-'))
  try {
    const doc = join(dir, 'quiz.md')
    await writeFile(doc, QUIZ)
    await addSource(notebook, bridge, page, doc)

    await notebook.search('following code print')
    await notebook.openResult(/What does the following code print\?/)
    const detail = page.getByTestId('question-detail')
    await expect(detail.locator('pre code')).toContainText('print(x[-1])')
    await expect(detail).toContainText('d) an IndexError')
    await expect(page.getByTestId('question-prompt')).toHaveText(
      'What does the following code print?'
    )
    await expect(
      page.getByText('No source gives a reference answer for this one.', { exact: false })
    ).toBeVisible()

    await notebook.screenshotWidthsAndThemes('question-detail')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test("in self-test mode a checkbox quiz's ticked choice shows unticked until the reference is revealed", async ({
  notebook,
  bridge,
  page
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'detail-e2e-'))
  try {
    const doc = join(dir, 'django-quiz.md')
    await writeFile(doc, CHECKBOX_QUIZ)
    await addSource(notebook, bridge, page, doc)
    await notebook.search('applies migrations')
    await notebook.openResult(/Which command applies migrations/)
    const boxes = page.getByTestId('question-detail').getByRole('checkbox')
    await expect(boxes).toHaveCount(3)
    await expect(boxes.nth(1)).toBeChecked()
    await expect(page.getByTestId('reference-answer')).toContainText('python manage.py migrate')

    await page.getByTestId('hide-reference-toggle').click()
    await expect(page.getByRole('button', { name: /Reveal reference/ })).toBeVisible()
    for (let i = 0; i < 3; i++) await expect(boxes.nth(i)).not.toBeChecked()
    await notebook.screenshotWidthsAndThemes('question-detail-covered')

    await page.getByRole('button', { name: /Reveal reference/ }).click()
    await expect(boxes.nth(1)).toBeChecked()
    await expect(page.getByTestId('reference-answer')).toContainText('python manage.py migrate')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
