/**
 * Issue #12 item 13: the safety backup a restore takes is labelled "Before restore of <date>",
 * and "Undo restore" (in the dialog, and in a notice once it closes) brings the answers back as
 * they were. Screenshots at 1280 and 900 px, light and dark.
 */
import { test, expect } from './support/notebook'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 700 }
]

for (const size of SIZES)
  for (const theme of ['light', 'dark'] as const)
    test(`restore, then Undo restore brings the answers back (${size.width} px, ${theme})`, async ({
      notebook,
      page
    }) => {
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme: theme })
      const shot = (name: string) => notebook.screenshot(`undo-restore-${name}-${size.width}`)
      await notebook.openNotebook()
      await notebook.search('decorator')
      const id = await notebook.openResult(/How to define decorator/)
      await notebook.focusEditor()
      await page.keyboard.type('Backed-up answer.')
      await notebook.expectSaved()
      await page.getByTestId('backup-button').click()
      await page.getByTestId('backup-now').click()
      await expect(page.getByTestId('backup-made')).toContainText('Backup saved')
      await page.keyboard.press('Escape')

      await notebook.focusEditor()
      await page.keyboard.press('Control+A')
      await page.keyboard.type('Answer written after the backup.')
      await notebook.expectSaved()
      await expect.poll(() => notebook.answerFile(id)).toContain('written after the backup')

      await page.getByTestId('backup-button').click()
      const manual = page.getByTestId('backup-item').filter({ hasText: 'Manual' }).first()
      const manualTime = await manual.locator('strong').textContent()
      await manual.getByRole('button', { name: 'Restore…' }).click()
      await page.getByTestId('backup-restore-confirm').click()
      await expect(page.getByTestId('backup-restored')).toContainText('Restored 1 answer')
      await expect.poll(() => notebook.answerFile(id)).toContain('Backed-up answer.')
      await expect(page.getByTestId('backup-undo-restore')).toBeVisible()
      await shot('restored')

      // The list names the safety backup by the restore it preceded, never as "Manual".
      await page.getByRole('button', { name: 'Show backups' }).click()
      await expect(page.getByTestId('backup-kind').first()).toHaveText(
        `Before restore of ${manualTime}`
      )
      await shot('list')

      // Closing the dialog leaves a notice that can still undo the restore.
      await page.keyboard.press('Escape')
      const undo = page.getByTestId('toasts').getByRole('button', { name: 'Undo restore' })
      await expect(undo).toBeVisible()
      await shot('notice')
      await undo.click()
      await expect(page.getByTestId('toasts')).toContainText('Restore undone')
      await expect.poll(() => notebook.answerFile(id)).toContain('written after the backup')

      await notebook.search('decorator')
      await notebook.openResult(/How to define decorator/)
      await expect(notebook.editor).toContainText('Answer written after the backup.')
    })
