/**
 * Issue #12, item 1: typing Python's dunder names into My answer keeps them as text, on screen
 * and in the saved `.md`; bold stays reachable with `**text**` and Ctrl+B.
 */
import { writeFile } from 'node:fs/promises'
import { GENERATOR } from './support/mainPath'
import { test, expect } from './support/notebook'

test('typing __init__, __new__ and __name__ keeps the underscores on screen and on disk', async ({
  notebook,
  page
}) => {
  await notebook.openNotebook()
  await notebook.search('generator')
  const id = await notebook.openResult(GENERATOR)
  await notebook.focusEditor()
  await page.keyboard.type('Override __init__ and __new__, check __name__ and __next__ ')
  await page.keyboard.type('then **loud** and ')
  await page.keyboard.press('Control+B')
  await page.keyboard.type('strong')
  await page.keyboard.press('Control+B')
  await notebook.expectSaved()

  await expect(notebook.editor).toContainText(
    'Override __init__ and __new__, check __name__ and __next__ then loud and strong'
  )
  const bold = notebook.editor.locator('.ae-bold')
  await expect(bold).toHaveText(['loud', 'strong'])

  await expect
    .poll(() => notebook.answerFile(id))
    .toContain(
      'Override \\_\\_init\\_\\_ and \\_\\_new\\_\\_, check \\_\\_name\\_\\_ and \\_\\_next\\_\\_ then **loud** and **strong**'
    )

  // After a reload the same text comes back from the file.
  await page.reload()
  await notebook.reopenNotebook()
  await notebook.search('generator')
  await notebook.openResult(GENERATOR)
  await expect(notebook.editor).toContainText('Override __init__ and __new__, check __name__')
  await expect(bold).toHaveText(['loud', 'strong'])
})

test('an answer file written elsewhere with bare __init__ loads it as text', async ({
  notebook,
  page
}) => {
  await notebook.openNotebook()
  await notebook.search('generator')
  const id = await notebook.openResult(GENERATOR)
  await notebook.focusEditor()
  await page.keyboard.type('draft')
  await notebook.expectSaved()
  const file = (await notebook.answerFile(id))!
  await writeFile(notebook.answerPath(id), file.replace('draft', 'Use __init__ and __main__'))
  await expect(notebook.editor).toContainText('Use __init__ and __main__')
  await expect(notebook.editor.locator('.ae-bold')).toHaveCount(0)
})
