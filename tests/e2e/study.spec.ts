/**
 * Study mode end to end over the browser bridge: a practice session from the top bar (prompt
 * only, a draft, Space to reveal, 1-4 to grade), its summary, the review log on disk, and the
 * progress view. Screenshots go to test-results/screenshots/.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './support/notebook'

interface Review {
  id: string
  grade: number
  at: number
  due: number
  draft?: string
}

/**
 * What the progress view should say now about `records`, by the local day: worked out at
 * assertion time, so a run that crosses midnight still expects the right numbers.
 */
function expectedToday(records: Review[]): { reviews: string; due: string } {
  const start = new Date()
  start.setHours(0, 0, 0, 0)
  const end = start.getTime() + 24 * 60 * 60 * 1000
  return {
    reviews: String(records.filter((r) => r.at >= start.getTime()).length),
    due: String(records.filter((r) => r.due < end).length)
  }
}

test('practice session, summary and progress', async ({ notebook, page, bridge }) => {
  // The first card of "All questions" gets a saved answer, to compare side by side.
  const first = await bridge.service['study:startSession']({ scope: { kind: 'all' }, limit: 1 })
  const firstId = first.cards[0]!.id
  const saved = '**Mine:** compiled to bytecode, then interpreted by the VM.'
  await bridge.service['notes:save']({ id: firstId, markdown: saved, baseRevision: null })

  await notebook.openNotebook()
  await page.getByTestId('study-button').click()
  await expect(page.getByTestId('scope-picker')).toBeVisible()

  await page.getByRole('radio', { name: 'All questions' }).check()
  await page.getByTestId('start-session').click()
  const prompt = page.getByTestId('practice-prompt')
  await expect(prompt).toBeVisible()
  const firstPrompt = (await prompt.textContent()) ?? ''
  expect(firstPrompt.length).toBeGreaterThan(3)
  await expect(page.getByTestId('practice-reveal')).toHaveCount(0)

  // A draft with spaces and digits: neither reveals nor grades while typing.
  const draft = page.getByTestId('practice-draft')
  await draft.click()
  await page.keyboard.type('It is 1 lock per 2 threads')
  await expect(page.getByTestId('practice-reveal')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('practice-reveal')).toBeVisible()
  await expect(page.getByTestId('practice-my-answer')).toContainText('compiled to bytecode')
  await notebook.screenshot('study-session')

  await page.keyboard.press('3')
  await expect(prompt).not.toHaveText(firstPrompt)
  await expect(draft).toHaveValue('')
  const secondPrompt = (await prompt.textContent()) ?? ''
  // This attempt is kept on purpose: "Save as my answer" writes it (no answer existed yet).
  await draft.fill('Use `pip list` or `pip freeze`.')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('grade-1')).toBeVisible()
  await page.getByTestId('save-attempt').click()
  await expect(page.getByText('Saved as my answer.')).toBeVisible()
  await expect(page.getByTestId('practice-my-answer')).toContainText('pip freeze')
  await page.getByTestId('practice-prompt').click()
  await page.keyboard.press('1')
  await expect(prompt).not.toHaveText(secondPrompt)

  await page.getByRole('button', { name: 'End session' }).click()
  const summary = page.getByTestId('session-summary')
  await expect(summary).toBeVisible()
  await expect(page.getByTestId('summary-seen')).toHaveText('2')
  await expect(page.getByTestId('summary-grade-3')).toHaveText('1')
  await expect(page.getByTestId('summary-grade-1')).toHaveText('1')
  await expect(summary.getByTestId('summary-row')).toHaveCount(2)
  // The Again card is back within minutes; the Good one in days.
  await expect(summary.getByTestId('summary-row').first()).toContainText(/in \d+ min/)
  await expect(summary.getByTestId('summary-row').nth(1)).toContainText(/tomorrow|in \d+ days/)
  await notebook.screenshot('study-summary')

  // One fsync'd JSON line per review, in this device's log in the notebook folder; the draft
  // went to the log, not to "My answer".
  const reviewsDir = join(bridge.dataDir, 'notebook', 'reviews')
  const logs = await readdir(reviewsDir)
  expect(logs).toEqual([expect.stringMatching(/^[a-z0-9]+\.jsonl$/)])
  const lines = (await readFile(join(reviewsDir, logs[0]!), 'utf8')).trim().split('\n')
  const records = lines.map((line) => JSON.parse(line) as Review)
  expect(records.map((r) => r.grade)).toEqual([3, 1])
  expect(records[0]!.draft).toBe('It is 1 lock per 2 threads')
  expect(records[0]!.id).toBe(firstId)
  expect(await notebook.answerFile(firstId)).toContain('compiled to bytecode')
  expect(await notebook.answerFile(firstId)).not.toContain('lock per')
  expect(await notebook.answerFile(records[1]!.id)).toContain('Use `pip list` or `pip freeze`.')

  await page.getByRole('button', { name: 'See progress' }).click()
  await expect(page.getByTestId('progress-view')).toBeVisible()
  await expect(page.getByTestId('progress-today')).toHaveText(expectedToday(records).reviews)
  await expect(page.getByTestId('progress-streak')).toHaveText('1')
  await expect(page.getByTestId('progress-due')).toHaveText(expectedToday(records).due)
  const bars = page.getByTestId('reviews-chart').getByTestId('reviews-bar')
  await expect(bars).not.toHaveCount(0)
  // Keep the pointer off the chart so no tooltip covers it in the screenshot.
  await page.mouse.move(0, 0)
  await notebook.screenshot('study-progress')

  // After a reload the same state comes back from disk; this time in the dark theme.
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.reload()
  // The app reopens where it was left: in study mode.
  await expect(page.getByTestId('study-screen')).toBeVisible()
  await page.getByTestId('study-tab-practice').click()
  await expect(page.getByTestId('due-today-badge')).toHaveText(
    `${expectedToday(records).due} today`
  )
  await page.getByTestId('study-tab-progress').click()
  await expect(page.getByTestId('progress-today')).toHaveText(expectedToday(records).reviews)
  await notebook.screenshot('study-progress')

  // Nothing is due this very minute: the Again card comes back in ten.
  await page.getByTestId('study-tab-practice').click()
  await page.getByRole('radio', { name: 'Due for review' }).check()
  await page.getByTestId('start-session').click()
  await expect(page.getByTestId('scope-message')).toHaveText(/Nothing is due right now/)
})
