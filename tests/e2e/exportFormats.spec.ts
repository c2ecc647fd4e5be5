/**
 * Choosing the export format in the Export dialog, over the real services: an Anki package and
 * a CSV file are written where the save dialog said, and read back (sql.js, Papa Parse) with
 * one note or row per exported question. Screenshots of the dialog at 1280 and 900 px, light
 * and dark.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import Papa from 'papaparse'
import initSqlJs from 'sql.js'
import { test, expect } from './support/notebook'

async function exportedCount(page: import('@playwright/test').Page): Promise<number> {
  const title = await page.getByText(/^Exported [\d,]+ questions?$/).textContent()
  return Number(/([\d,]+)/.exec(title ?? '')![1]!.replace(/,/g, ''))
}

test('exports the current search as an Anki deck with my answer on the back', async ({
  notebook,
  bridge,
  page
}) => {
  await notebook.openNotebook()
  await notebook.search('decorator')
  const id = await notebook.openResult(/How to define decorator/)
  await notebook.focusEditor()
  await page.keyboard.type('A function that wraps another one.')
  await notebook.expectSaved()

  const out = join(bridge.dataDir, 'decorators.apkg')
  bridge.pickQueue.push([out])
  await page.getByTestId('export-button').click()
  await page.getByRole('radio', { name: /Anki deck/ }).check()
  await expect(page.getByTestId('export-format-detail')).toContainText('Basic card per question')
  await expect(page.getByRole('radio', { name: /A file per question/ })).toHaveCount(0)
  await page.getByTestId('export-run').click()
  await expect(page.getByTestId('export-dialog')).toContainText(out)
  const count = await exportedCount(page)
  expect(bridge.pickRequests.at(-1)).toMatchObject({ kind: 'export-file', format: 'apkg' })

  const zip = unzipSync(new Uint8Array(readFileSync(out)))
  const SQL = await initSqlJs()
  const db = new SQL.Database(zip['collection.anki2'])
  const [notes] = db.exec('SELECT guid, flds FROM notes')
  expect(notes!.values).toHaveLength(count)
  const mine = notes!.values.find(([guid]) => guid === id)!
  expect(String(mine[1])).toContain('<p>A function that wraps another one.</p>')
  const [decks] = db.exec('SELECT decks FROM col')
  const names = Object.values(JSON.parse(String(decks!.values[0]![0]))).map(
    (d) => (d as { name: string }).name
  )
  expect(names).toContain('Study Notebook – “decorator”')
  db.close()
})

test('exports all questions as CSV, one row per question', async ({ notebook, bridge, page }) => {
  await notebook.openNotebook()
  const out = join(bridge.dataDir, 'all.csv')
  bridge.pickQueue.push([out])
  await page.getByTestId('export-button').click()
  await page.getByRole('radio', { name: /CSV/ }).check()
  await page.getByTestId('export-run').click()
  await expect(page.getByTestId('export-dialog')).toContainText(out)
  const count = await exportedCount(page)
  expect(count).toBeGreaterThan(400)
  const rows = Papa.parse<string[]>(readFileSync(out, 'utf8'), { skipEmptyLines: true }).data
  expect(rows[0]).toEqual([
    'Question',
    'My answer',
    'Reference answers',
    'Section',
    'Tags',
    'Status'
  ])
  expect(rows).toHaveLength(count + 1)
})

for (const theme of ['light', 'dark'] as const) {
  test(`export dialog formats at 1280 and 900 px in ${theme}`, async ({ notebook, page }) => {
    await page.emulateMedia({ colorScheme: theme })
    for (const width of [1280, 900]) {
      await page.setViewportSize({ width, height: 800 })
      await notebook.openNotebook()
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await page.getByTestId('export-button').click()
      await expect(page.getByRole('radio', { name: /^Markdown/ })).toBeChecked()
      await notebook.screenshot(`export-markdown-${width}`)
      await page.getByRole('radio', { name: /Anki deck/ }).check()
      await notebook.screenshot(`export-anki-${width}`)
      await page.getByRole('radio', { name: /CSV/ }).check()
      await notebook.screenshot(`export-csv-${width}`)
      await page.keyboard.press('Escape')
      await expect(page.getByTestId('export-dialog')).toHaveCount(0)
    }
  })
}
