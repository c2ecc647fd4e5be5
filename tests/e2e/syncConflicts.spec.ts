/**
 * Sync conflicts over the real services (browser bridge): a sync tool drops a conflict copy of
 * an answer into the notebook folder while the app runs; the top bar says so, and the chooser
 * shows both texts side by side and keeps what the user picks. Screenshots at 1280 and 900 px
 * wide, light and dark.
 */
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { auditPage, FAILING_IMPACTS, formatFindings } from './support/axe'
import { test, expect, type Notebook } from './support/notebook'

const WIDTHS = [1280, 900] as const

async function shots(notebook: Notebook, page: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 })
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme })
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await notebook.screenshot(`sync-conflicts-${name}-${width}`)
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.emulateMedia({ colorScheme: 'light' })
}

const MINE = 'The GIL lets one thread run Python bytecode at a time.\n\nUse processes for CPU work.'
const THEIRS =
  'Written on the desktop:\n\n- threads still help with I/O\n- asyncio for many sockets'

test('a conflict copy left by a sync tool is shown, compared side by side, and both texts kept', async ({
  notebook,
  page
}) => {
  // Eight screenshots and two axe audits: more than the default minute on a loaded machine.
  test.setTimeout(180_000)
  await notebook.openNotebook()
  await notebook.search('GIL')
  const id = await notebook.openResult(/GIL/)
  await notebook.focusEditor()
  await page.keyboard.type(MINE.replace(/\n\n/g, '\n'))
  await notebook.expectSaved()
  await expect(page.getByTestId('conflicts-button')).toBeHidden()

  // Dropbox syncs the desktop's edit in beside ours while the app is open.
  const dir = join(notebook.host.dataDir, 'notebook')
  await writeFile(
    join(dir, `${id} (Desktop's conflicted copy 2026-01-05).md`),
    `---\nid: ${id}\nprompt: x\ntags: []\n---\n\n${THEIRS}\n`
  )
  const badge = page.getByTestId('conflicts-button')
  await expect(badge).toHaveText('1 sync conflict')
  await expect(badge).toHaveAccessibleName('1 sync conflict')
  await shots(notebook, page, 'badge')

  await badge.click()
  const dialog = page.getByTestId('conflicts-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('region', { name: 'Mine (this computer)' })).toContainText(
    'Use processes for CPU work.'
  )
  await expect(dialog.getByRole('region', { name: 'Theirs (the other computer)' })).toContainText(
    'asyncio for many sockets'
  )
  await expect(dialog).toContainText('Dropbox kept the other version')
  await shots(notebook, page, 'chooser')
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    const serious = (await auditPage(page, `conflict chooser ${theme}`)).filter((f) =>
      FAILING_IMPACTS.has(f.impact)
    )
    expect(serious, formatFindings(serious)).toEqual([])
  }
  await page.emulateMedia({ colorScheme: 'light' })

  await dialog.getByRole('button', { name: 'Keep both' }).click()
  await expect(dialog).toBeHidden()
  await expect(badge).toBeHidden()
  await expect(page.getByTestId('toasts')).toContainText('Kept both versions')
  // The open editor shows the merged answer; the file on disk holds both texts.
  await expect(notebook.editor).toContainText('asyncio for many sockets')
  await expect(notebook.editor).toContainText('Use processes for CPU work.')
  const file = await notebook.answerFile(id)
  expect(file).toContain('Use processes for CPU work.')
  expect(file).toContain('asyncio for many sockets')
  expect((await readdir(dir)).filter((n) => n.includes('conflicted copy'))).toEqual([])
})

test('git conflict markers inside an answer are settled with "Keep theirs"', async ({
  notebook,
  page
}) => {
  await notebook.openNotebook()
  await notebook.search('decorator')
  const id = await notebook.openResult(/decorator/i)
  const dir = join(notebook.host.dataDir, 'notebook')
  await writeFile(
    join(dir, `${id}.md`),
    `---\nid: ${id}\nprompt: x\ntags: []\n---\n\nA decorator wraps a function.\n<<<<<<< HEAD\nMine: it returns a new callable.\n=======\nTheirs: use functools.wraps.\n>>>>>>> origin/main\n`
  )
  await page.getByTestId('conflicts-button').click()
  const dialog = page.getByTestId('conflicts-dialog')
  await expect(dialog).toContainText('A git merge left both versions in the file.')
  await dialog.getByRole('button', { name: 'Keep theirs' }).click()
  await expect(dialog).toBeHidden()
  await expect(notebook.editor).toContainText('Theirs: use functools.wraps.')
  await expect(notebook.editor).not.toContainText('Mine: it returns')
  expect(await notebook.answerFile(id)).not.toContain('<<<<<<<')
})
