/**
 * Source documents and answers are untrusted text. A fixture source full of script payloads is
 * added through the UI (the bridge answers the file dialog), and nothing in it may run: no
 * window flag set, no dialog, no javascript: link, and the payload text shows literally.
 */
import { resolve } from 'node:path'
import { test, expect, type Notebook } from './support/notebook'

const FIXTURE = resolve('tests/fixtures/xss/untrusted-payloads.md')

async function expectNothingRan(notebook: Notebook): Promise<void> {
  const page = notebook.page
  expect(
    await page.evaluate(() => (window as unknown as { __xssRan?: unknown }).__xssRan)
  ).toBeUndefined()
  await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0)
  await expect(page.locator('img[src="x"], iframe, script:not([src])')).toHaveCount(0)
}

test('payloads in a source and in an answer show as text and run nothing', async ({
  notebook,
  bridge,
  page
}) => {
  await notebook.openNotebook()
  bridge.pickQueue.push([FIXTURE])
  await page.getByRole('button', { name: 'Add source…' }).first().click()
  // Adding shows the parse preview first; nothing changes until Add.
  await page.getByTestId('source-preview').getByRole('button', { name: 'Add' }).click()
  // The sidebar names the source by its `# Title` (as text); the tooltip keeps the file path.
  const added = page.getByTestId('sidebar-source').filter({ hasText: 'Untrusted payloads' })
  await expect(added).toBeVisible()
  await expect(added).toHaveAttribute('title', /untrusted-payloads\.md$/)
  expect(bridge.pickRequests).toEqual([{ kind: 'open-sources' }])

  // The question prompt with a <script> tag, shown as text.
  await notebook.search('xssran question')
  await notebook.openResult(/What does <script>/)
  await expect(
    page.getByRole('heading', {
      name: /What does <script>window.__xssRan = 'question'<\/script> print\?/
    })
  ).toBeVisible()
  await expect(
    page.getByText("<script>window.__xssRan = 'answer'</script>", { exact: false }).first()
  ).toBeVisible()
  await expectNothingRan(notebook)

  // onerror / onload attributes stay text (the prompt's inline tag is dropped by the parser;
  // the answer keeps them, shown as text).
  await notebook.search('image onerror')
  await notebook.openResult(/Is an image\?/)
  await expect(
    page.getByText(`<svg onload="window.__xssRan='svg'">`, { exact: false }).first()
  ).toBeVisible()
  await expectNothingRan(notebook)
  await notebook.screenshot('untrusted-source')

  // javascript: links are never links, and clicking their text does nothing.
  await notebook.search('xsslink')
  const id = await notebook.openResult(/Where does this xsslink go/)
  await page.getByText('xsslink', { exact: true }).last().click()
  await expectNothingRan(notebook)

  // An answer file holding the same payloads (say, from a shared vault) opens as literal text.
  const payload =
    "<script>window.__xssRan='my-answer'</script>\n\n[x](javascript:window.__xssRan='my-link')\n\n<img src=x onerror=\"window.__xssRan='my-img'\">\n"
  await bridge.service['notes:save']({ id, markdown: payload, baseRevision: null })
  await notebook.search('image onerror')
  await notebook.openResult(/Is an image\?/)
  await notebook.search('xsslink')
  await notebook.openResult(/Where does this xsslink go/)
  await expect(notebook.editor).toContainText("<script>window.__xssRan='my-answer'</script>")
  await expect(notebook.editor).toContainText("[x](javascript:window.__xssRan='my-link')")
  await expect(notebook.editor.locator('a')).toHaveCount(0)
  // Typing a payload into the editor keeps it as text too. The caret goes to the end of the
  // last paragraph by clicking it and pressing End (Ctrl+End raced the click on a busy machine).
  await notebook.editor.getByText("xssRan='my-img'", { exact: false }).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText(`<img src=x onerror="window.__xssRan='typed'">`)
  await notebook.expectSaved()
  await expectNothingRan(notebook)
  // Saved back as the same literal text (the Markdown writer escapes the underscores).
  expect(await notebook.answerFile(id)).toMatch(
    /\[x\]\(javascript:window\.(\\_){2}xssRan='my-link'\)/
  )
})
