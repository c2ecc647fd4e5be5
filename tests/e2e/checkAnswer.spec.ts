/**
 * "Check my answer" end to end over the browser bridge, on real seed questions: in the question
 * view (live, as My answer is typed) and after the reveal in a practice session, with the next
 * FSRS interval on each grade button. Screenshots at 1280 and 900 px, light and dark.
 */
import { test, expect } from './support/notebook'

for (const theme of ['light', 'dark'] as const) {
  test(`check my answer in ${theme}`, async ({ notebook, page }) => {
    await page.emulateMedia({ colorScheme: theme })
    await page.setViewportSize({ width: 1280, height: 860 })
    await notebook.openNotebook()

    // Question view: nothing written yet, then a partial answer, then a fuller one.
    await notebook.search('middleware django')
    await notebook.openResult('What is middleware in Django?')
    await page.getByTestId('check-my-answer').click()
    const overall = page.getByTestId('check-overall')
    await expect(overall).toHaveText('0%')
    await expect(page.getByTestId('answer-check')).toContainText('Nothing written yet')
    await notebook.focusEditor()
    await page.keyboard.type('A hook that processes requests, e.g. for authentication.')
    await expect(page.getByTestId('answer-check')).toContainText(/covers 2 of \d+ key points/)
    const partial = Number((await overall.textContent())!.replace('%', ''))
    expect(partial).toBeGreaterThan(0)
    // The points still missing are marked in the reference itself.
    const missed = page.getByTestId('reference-answer').locator('mark.md-missed')
    await expect(missed.first()).toBeVisible()
    const missedBefore = await missed.count()
    await page.keyboard.type(' Also session handling and security checks on each response.')
    await expect
      .poll(async () => Number((await overall.textContent())!.replace('%', '')))
      .toBeGreaterThan(partial)
    expect(await missed.count()).toBeLessThan(missedBefore)
    await notebook.expectSaved()
    await notebook.screenshot('check-question-1280')
    await page.setViewportSize({ width: 900, height: 860 })
    await expect(overall).toBeVisible()
    await notebook.screenshot('check-question-900')

    // Practice session on the GIL question: draft, reveal, check, intervals.
    await page.getByTestId('study-button').click()
    await page.getByRole('radio', { name: 'A search' }).check()
    await page.getByTestId('scope-query').fill('"impact on multi-threading"')
    await page.getByTestId('start-session').click()
    await expect(page.getByTestId('practice-prompt')).toContainText('impact on multi-threading')
    await page.getByTestId('practice-draft').fill('Only one thread runs Python bytecode at a time.')
    await page.getByTestId('reveal').click()
    const check = page.getByTestId('practice-session').getByTestId('answer-check')
    await expect(check).toContainText(/Your attempt covers \d+ of \d+ key points/)
    await expect(
      page.getByTestId('practice-reveal').locator('mark.md-missed').first()
    ).toBeVisible()
    for (const grade of [1, 2, 3, 4])
      await expect(page.getByTestId(`interval-${grade}`)).toHaveText(/^\d+(\.\d)?(m|h|d|mo|y)$/)
    await expect(page.getByTestId('interval-3')).toHaveText(/d$/)
    await notebook.screenshot('check-practice-900')
    await page.setViewportSize({ width: 1280, height: 860 })
    await expect(check).toBeVisible()
    await notebook.screenshot('check-practice-1280')
    expect(notebook.problems.errors).toEqual([])
  })
}
