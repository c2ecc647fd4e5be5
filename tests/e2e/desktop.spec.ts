/**
 * Desktop conventions over the real services (browser bridge): Help → Keyboard shortcuts and
 * About, the theme reaching main (nativeTheme in the app), Settings → Notebook folder moving
 * the answers to a folder "picked" in the native dialog (the bridge's pick queue answers it),
 * and documents "opened with the app by the OS" landing in the import preview. Screenshots at
 * 1280 and 900 px wide, light and dark.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, type Notebook } from './support/notebook'

const WIDTHS = [1280, 900] as const

async function shots(notebook: Notebook, page: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 })
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme })
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await notebook.screenshot(`desktop-${name}-${width}`)
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.emulateMedia({ colorScheme: 'light' })
}

let outside: string
test.beforeEach(async () => {
  outside = await mkdtemp(join(tmpdir(), 'study-notebook-desktop-'))
})
test.afterEach(async () => {
  await rm(outside, { recursive: true, force: true })
})

test('Help → Keyboard shortcuts opens from the menu, with ? and with Ctrl+/', async ({
  notebook,
  bridge,
  page
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await notebook.openNotebook()
  const dialog = page.getByTestId('shortcuts-dialog')

  bridge.emit('app:command', { command: 'shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible()
  for (const group of ['Anywhere', 'Search and results', 'My answer', 'Study'])
    await expect(dialog.getByRole('region', { name: group })).toBeVisible()
  await expect(dialog.getByRole('row', { name: /^Ctrl\+E\s*Inline code$/ })).toBeVisible()
  await shots(notebook, page, 'shortcuts')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // `?` outside text opens it; in the search box it is just a character.
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('Shift+Slash')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await notebook.searchBox.fill('what?')
  await expect(dialog).toBeHidden()
  await expect(notebook.searchBox).toHaveValue('what?')
  // Ctrl+/ works even while typing.
  await page.keyboard.press('Control+Slash')
  await expect(dialog).toBeVisible()
})

test('Help → About shows the version, runtime versions, folders and license', async ({
  notebook,
  bridge,
  page
}) => {
  await notebook.openNotebook()
  bridge.emit('app:command', { command: 'about' })
  const dialog = page.getByTestId('about-dialog')
  await expect(dialog).toBeVisible()
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string }
  await expect(dialog.getByText(pkg.version, { exact: true })).toBeVisible()
  await expect(dialog.getByText(process.versions.node, { exact: true })).toBeVisible()
  await expect(dialog.getByText(bridge.dataDir, { exact: true })).toBeVisible()
  await expect(dialog.getByText(join(bridge.dataDir, 'notebook'), { exact: true })).toBeVisible()
  await expect(dialog.getByText('License')).toBeVisible()
  await shots(notebook, page, 'about')
})

test('the theme setting reaches main and survives a reload', async ({ notebook, bridge, page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await notebook.openNotebook()
  const toggle = page.getByTestId('theme-toggle')
  await expect(toggle).toHaveAttribute('data-theme-preference', 'system')
  await toggle.click() // system → light
  await toggle.click() // light → dark
  await expect(toggle).toHaveAttribute('data-theme-preference', 'dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect.poll(() => bridge.nativeThemes.at(-1)).toBe('dark')
  expect(bridge.nativeThemes).toEqual(['light', 'dark'])
  const config = JSON.parse(await readFile(join(bridge.dataDir, 'config.json'), 'utf8')) as {
    settings: { theme: string }
  }
  expect(config.settings.theme).toBe('dark')

  await page.reload()
  await notebook.openNotebook()
  await expect(page.getByTestId('theme-toggle')).toHaveAttribute('data-theme-preference', 'dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})

test('Settings → Notebook folder moves every answer to the chosen folder and re-points', async ({
  notebook,
  bridge,
  page
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await notebook.openNotebook()
  await notebook.search('decorator')
  const id = await notebook.openResult(/decorators/i)
  await notebook.focusEditor()
  await page.keyboard.type('Wraps a function.')
  await notebook.expectSaved()
  await mkdir(join(bridge.dataDir, 'notebook', 'reviews'), { recursive: true })
  await writeFile(join(bridge.dataDir, 'notebook', 'reviews', 'laptop.jsonl'), '{"v":1}\n')

  await page.keyboard.press('Escape')
  await page.getByTestId('settings-button').click()
  const dialog = page.getByTestId('settings-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('notebook-folder-path')).toHaveText(
    join(bridge.dataDir, 'notebook')
  )
  await shots(notebook, page, 'settings')

  const chosen = join(outside, 'Synced notes')
  await mkdir(chosen)
  await writeFile(join(chosen, `${id}.md`), 'An answer written on the other laptop.\n')
  bridge.pickQueue.push([chosen])
  await dialog.getByRole('button', { name: 'Choose…' }).click()
  const move = dialog.getByRole('button', {
    name: `Move my 1 answer (and all 2 files in the notebook folder) to ${chosen}`
  })
  await expect(move).toBeVisible()
  await expect(
    dialog.getByRole('button', { name: 'Use the folder as it is (it already has 1 answer)' })
  ).toBeVisible()
  await expect(dialog.getByText(/never overwritten: both are kept/)).toBeVisible()
  expect(bridge.pickRequests.at(-1)).toEqual({ kind: 'notebook-folder' })
  await shots(notebook, page, 'settings-choice')

  await move.click()
  const done = dialog.getByTestId('notebook-folder-done')
  await expect(done).toContainText(`Moved 2 files to ${chosen}.`)
  await expect(done).toContainText('1 file had the same name as one already there; both were kept')
  await expect(dialog.getByTestId('notebook-folder-path')).toHaveText(chosen)
  await shots(notebook, page, 'settings-moved')

  expect(await readFile(join(chosen, `${id}.md`), 'utf8')).toBe(
    'An answer written on the other laptop.\n'
  )
  expect(await readFile(join(chosen, `${id} (moved).md`), 'utf8')).toContain('Wraps a function.')
  expect(await readFile(join(chosen, 'reviews', 'laptop.jsonl'), 'utf8')).toBe('{"v":1}\n')
  expect(await readdir(join(bridge.dataDir, 'notebook'))).toEqual([])

  // The app reads the new folder at once: the question shows the answer that was there.
  await page.keyboard.press('Escape')
  await notebook.search('decorator')
  await notebook.openResult(/decorators/i)
  await expect(notebook.editor).toContainText('An answer written on the other laptop.')
  // Remembered: a restart of the page keeps the folder.
  await page.reload()
  await notebook.reopenNotebook()
  await page.keyboard.press('Control+Comma')
  await expect(page.getByTestId('notebook-folder-path')).toHaveText(chosen)
})

test('Settings: a cancelled picker changes nothing; Cancel on the choice changes nothing', async ({
  notebook,
  bridge,
  page
}) => {
  await notebook.openNotebook()
  bridge.emit('app:command', { command: 'settings' })
  const dialog = page.getByTestId('settings-dialog')
  await dialog.getByRole('button', { name: 'Choose…' }).click()
  await expect(dialog.getByRole('button', { name: 'Choose…' })).toBeEnabled()
  await expect(dialog.getByRole('group', { name: 'Use the new folder' })).toHaveCount(0)
  bridge.pickQueue.push([outside])
  await dialog.getByRole('button', { name: 'Choose…' }).click()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog.getByTestId('notebook-folder-path')).toHaveText(
    join(bridge.dataDir, 'notebook')
  )
  expect((await bridge.service['app:bootstrap']()).settings.notebookDir).toBe('')
})

test('a document the OS opened with the app goes to the import preview, even before the window is up', async ({
  notebook,
  bridge,
  page
}) => {
  const early = join(outside, 'Django notes.md')
  await writeFile(early, '# Django\n\n## ORM\n\n- What is select_related?\n- What is a QuerySet?\n')
  const late = join(outside, 'flask.txt')
  await writeFile(late, 'Q. What is a Flask blueprint?\nAns- A group of routes.\n')
  // Launched by double-click, before the page has loaded: argv with the app's own flags.
  expect(
    bridge.osOpen(['/opt/study-notebook', '--no-sandbox', early, join(outside, 'x.png')])
  ).toEqual([early])
  await notebook.openNotebook()
  const preview = page.getByTestId('source-preview')
  await expect(preview).toBeVisible()
  await expect(preview).toContainText('Django notes')
  await expect(preview).toContainText('What is select_related?')
  await preview.getByRole('button', { name: 'Add' }).click()
  await expect(preview).toBeHidden()
  await notebook.search('select_related')
  await expect(notebook.result('What is select_related?')).toBeVisible()

  // A second launch while the app runs: its argv reaches the open window.
  bridge.osOpen(['study-notebook', 'flask.txt'], outside)
  await expect(preview).toBeVisible()
  await expect(preview).toContainText('What is a Flask blueprint?')
  await shots(notebook, page, 'opened-file-preview')
  await preview.getByRole('button', { name: 'Cancel' }).click()
  await expect(preview).toBeHidden()
  expect(existsSync(late)).toBe(true)
})
