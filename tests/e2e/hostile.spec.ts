/**
 * Hostile inputs seen in the window (issue #14): a damaged backup stays listed as damaged, and
 * adding a huge folder shows scanning progress with a Cancel that leaves the folder out.
 * Screenshots at 1280 and 900 px wide, light and dark.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './support/notebook'

const WIDTHS = [1280, 900] as const

for (const theme of ['light', 'dark'] as const) {
  for (const width of WIDTHS) {
    test(`a damaged backup is listed as damaged, ${theme}, ${width} px`, async ({
      notebook,
      bridge,
      page
    }) => {
      await page.setViewportSize({ width, height: 760 })
      await page.emulateMedia({ colorScheme: theme })
      const backups = join(bridge.dataDir, 'backups')
      await mkdir(backups, { recursive: true })
      await writeFile(join(backups, 'backup-2026-01-03T08-00-00-000Z-manual.zip'), 'not a zip')
      await notebook.openNotebook()
      await page.getByTestId('backup-button').click()
      // Today's automatic backup may be listed beside it; the damaged one is the one asserted.
      const item = page.getByTestId('backup-item').filter({ hasText: 'manual.zip' })
      await expect(item).toHaveCount(1)
      await expect(item).toContainText('damaged')
      await expect(item).toContainText('it is not a readable zip archive')
      await expect(item.getByRole('button', { name: 'Restore…' })).toHaveCount(0)
      await notebook.screenshot(`hostile-damaged-backup-${width}`)
    })
  }
}

for (const theme of ['light', 'dark'] as const) {
  test(`a folder scan shows its progress with Cancel, ${theme}`, async ({
    notebook,
    bridge,
    page
  }) => {
    await page.emulateMedia({ colorScheme: theme })
    await notebook.openNotebook()
    // A real scan of a big folder ends too soon to photograph; the service's own event is sent.
    bridge.emit('index:progress', { phase: 'scanning', done: 1234, total: 0 })
    const status = page.getByTestId('index-status')
    await expect(status).toContainText('Scanning folders (1,234)')
    await expect(page.getByTestId('index-cancel')).toBeVisible()
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 760 })
      await notebook.screenshot(`hostile-scanning-${width}`)
    }
    bridge.emit('index:progress', { phase: 'ready', done: 1, total: 1 })
    await expect(status).toHaveCount(0)
  })
}

test('adding a huge folder reads a part of it and says why in the sidebar', async ({
  notebook,
  bridge,
  page
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'hostile-huge-'))
  try {
    for (let i = 0; i < 2100; i++) await mkdir(join(folder, `d${i}`))
    await writeFile(join(folder, 'd7', 'q.md'), '1. What is in the seventh folder?\n')
    bridge.pickQueue.push([folder])
    await notebook.openNotebook()
    await page.getByTestId('add-source').click()
    // Adding shows the preview first (issue #10); the partial read is said once added.
    await page.getByTestId('source-preview').getByRole('button', { name: 'Add' }).click()
    const source = page.locator('.tree__source').filter({ hasText: 'hostile-huge-' })
    await expect(source).toContainText(
      'this folder has more than 2,000 subfolders; only documents in the first 2,000 are read'
    )
    await notebook.screenshot('hostile-partial-folder-1280')
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})
