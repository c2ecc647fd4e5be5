/**
 * Findings of a usability pass, each pinned over the real services: a small window keeps the
 * study controls usable, a half-broken folder is announced once, a folder export says where
 * it went, and backups can be made and restored from the window.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './support/notebook'

test('at 1024x700 the status buttons and the self-test toggle fit inside the question pane', async ({
  notebook,
  page
}) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await notebook.openNotebook()
  await notebook.search('decorator')
  await notebook.openResult(/How to define decorator/)
  const pane = await page.locator('.detail__question').boundingBox()
  for (const control of [
    page.getByRole('radio', { name: 'Confident' }),
    page.getByTestId('hide-reference-toggle')
  ]) {
    const box = await control.boundingBox()
    expect(box).not.toBeNull()
    expect(box!.x + box!.width).toBeLessThanOrEqual(pane!.x + pane!.width)
  }
  await notebook.screenshot('usability-narrow-question')
})

test('a folder with a bad file is announced once, in plain sentences', async ({
  notebook,
  bridge,
  page
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'usability-folder-'))
  try {
    await writeFile(join(folder, 'good.md'), '## Extra\n\n1. What is a zebra crossing in Django?\n')
    await writeFile(join(folder, 'broken.md'), new Uint8Array([0, 1, 2, 0, 255, 254]))
    await writeFile(join(folder, 'empty.md'), '')
    bridge.pickQueue.push([folder])
    await notebook.openNotebook()
    await page.getByTestId('add-source').click()
    // Adding shows the parse preview first; nothing changes until Add.
    await page.getByTestId('source-preview').getByRole('button', { name: 'Add' }).click()
    const toasts = page.getByTestId('toasts')
    await expect(toasts).toContainText('Part of usability-folder-')
    await expect(toasts).toContainText('2 of 3 files skipped')
    await expect(toasts.getByText(/files skipped/)).toHaveCount(1)
    await expect(toasts).not.toContainText('.;')
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})

test('a per-question export names the folder it wrote to', async ({ notebook, bridge, page }) => {
  const out = join(bridge.dataDir, 'exported')
  await mkdir(out)
  bridge.pickQueue.push([out])
  await notebook.openNotebook()
  await page.getByTestId('export-button').click()
  await page.getByLabel('A file per question').check()
  await page.getByTestId('export-run').click()
  await expect(page.getByTestId('export-dialog')).toContainText(/\d+ files in .*exported/)
})

test('backs up from the window and restores after a preview, keeping a safety backup', async ({
  notebook,
  page
}) => {
  await notebook.openNotebook()
  await notebook.search('decorator')
  const id = await notebook.openResult(/How to define decorator/)
  await notebook.focusEditor()
  await page.keyboard.type('Version one.')
  await notebook.expectSaved()

  await page.getByTestId('backup-button').click()
  await page.getByTestId('backup-now').click()
  await expect(page.getByTestId('backup-made')).toContainText('Backup saved')
  await expect(page.getByTestId('backup-item')).not.toHaveCount(0)
  await notebook.screenshot('usability-backups')
  await page.keyboard.press('Escape')

  await notebook.focusEditor()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Version two.')
  await notebook.expectSaved()
  await expect.poll(() => notebook.answerFile(id)).toContain('Version two.')

  await page.getByTestId('backup-button').click()
  const newest = page.getByTestId('backup-item').filter({ hasText: 'Manual' }).first()
  await newest.getByRole('button', { name: 'Restore…' }).click()
  await expect(page.getByTestId('restore-preview')).toContainText(
    'replace 1 answer that differs from the backup'
  )
  await notebook.screenshot('usability-restore-preview')
  await page.getByTestId('backup-restore-confirm').click()
  await expect(page.getByTestId('backup-restored')).toContainText('Restored')
  await expect.poll(() => notebook.answerFile(id)).toContain('Version one.')
  await page.keyboard.press('Escape')
  // The open question was closed so its editor cannot save the old text back.
  await expect(notebook.editor).toHaveCount(0)
  await expect.poll(() => notebook.answerFile(id)).toContain('Version one.')
})

test('text typed after a closing code block lands after it, by ArrowDown or a third Enter', async ({
  notebook,
  page
}) => {
  await notebook.openNotebook()
  await notebook.search('generator')
  const id = await notebook.openResult(/What is generator/)
  await notebook.focusEditor()
  await page.keyboard.type('```py ')
  await page.keyboard.type('def gen():\n    yield 1')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.type('It pauses at yield.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('```sql ')
  await page.keyboard.type('SELECT 1;')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Done.')
  await notebook.expectSaved()
  await expect
    .poll(() => notebook.answerFile(id))
    .toMatch(
      /```py\ndef gen\(\):\n {4}yield 1\n```\n\nIt pauses at yield\.\n\n```sql\nSELECT 1;\n```\n\nDone\.\n$/
    )
})
