/**
 * Issue #9: a quiz question's options and the code it points at are part of the question. The
 * question view shows them under the prompt, apart from the reference answer (a quiz without
 * a key has none). Screenshots at 1280 and 900 px wide, light and dark.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './support/notebook'

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

test('a quiz question shows its code and options under the prompt, with no reference answer', async ({
  notebook,
  bridge,
  page
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'detail-e2e-'))
  try {
    const doc = join(dir, 'quiz.md')
    await writeFile(doc, QUIZ)
    await notebook.openNotebook()
    bridge.pickQueue.push([doc])
    await page.getByTestId('add-source').click()
    const preview = page.getByTestId('source-preview')
    await preview.getByRole('button', { name: 'Add' }).click()
    await expect(preview).toBeHidden()

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

    for (const width of [1280, 900]) {
      await page.setViewportSize({ width, height: 800 })
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme })
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
        await notebook.screenshot(`question-detail-${width}`)
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
