/**
 * Progress view's daily goal and 7-day forecast, and a mock interview, over the browser bridge.
 * Screenshots at 1280 and 900 px, light and dark.
 */
import { test, expect } from './support/notebook'

for (const theme of ['light', 'dark'] as const) {
  test(`goal, forecast and mock interview in ${theme}`, async ({ notebook, page, bridge }) => {
    // Two reviews today: both cards come due within the week.
    const session = await bridge.service['study:startSession']({
      scope: { kind: 'search', query: 'decorator' },
      limit: 2
    })
    for (const card of session.cards)
      await bridge.service['study:review']({ id: card.id, grade: 3 })

    await page.emulateMedia({ colorScheme: theme })
    await page.setViewportSize({ width: 1280, height: 860 })
    await notebook.openNotebook()
    await page.getByTestId('study-button').click()
    await page.getByTestId('study-tab-progress').click()
    await expect(page.getByTestId('goal-progress')).toHaveText('2 of 20 reviews today, 18 to go.')
    const days = page.getByTestId('forecast-day')
    await expect(days).toHaveCount(7)
    const counts = await days.locator('.forecast__count').allTextContents()
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(2)
    await page.getByTestId('goal-input').fill('2')
    await page.getByTestId('goal-input').press('Enter')
    await expect(page.getByTestId('goal-progress')).toHaveText('Goal met: 2 of 2 reviews today.')
    await notebook.screenshot('progress-goal-forecast-1280')
    await page.setViewportSize({ width: 900, height: 860 })
    await notebook.screenshot('progress-goal-forecast-900')

    // Mock interview: one minute per question; stop the clock by hand.
    await page.getByTestId('study-tab-practice').click()
    await page.getByRole('radio', { name: 'A search' }).check()
    await page.getByTestId('scope-query').fill('"impact on multi-threading"')
    await page.getByTestId('mock-toggle').check()
    await page.getByTestId('mock-minutes').selectOption('1')
    await page.getByTestId('start-session').click()
    await expect(page.getByTestId('mock-clock')).toHaveText(/^0:[0-5]\d$|^1:00$/)
    await page.getByTestId('practice-draft').fill('Only one thread executes bytecode at a time.')
    await expect(page.getByTestId('practice-reveal')).toHaveCount(0)
    await notebook.screenshot('mock-running-900')
    await page.getByTestId('reveal').click()
    await page.getByTestId('grade-3').click()
    const summary = page.getByTestId('mock-summary')
    await expect(summary).toBeVisible()
    await expect(page.getByTestId('mock-row')).toHaveCount(1)
    await expect(page.getByTestId('mock-row')).toContainText(/\d+%Good$/)
    await page.setViewportSize({ width: 1280, height: 860 })
    await notebook.screenshot('mock-summary-1280')
    expect(notebook.problems.errors).toEqual([])
  })
}
