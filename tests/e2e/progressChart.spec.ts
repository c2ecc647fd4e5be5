/**
 * The Progress view's reviews chart: study mode's code loads only when it is opened, and the
 * plain-SVG bars match the review log. Screenshots at 1280 and 900 px, light and dark, go to
 * test-results/screenshots/.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './support/notebook'

const DAY = 24 * 60 * 60 * 1000

test('progress chart loads with study mode and draws the review log', async ({
  notebook,
  page,
  bridge
}) => {
  // Three weeks of made-up history on three days (two of them with Again), written as another
  // computer's review log arriving in the notebook folder through a sync tool.
  const { cards } = await bridge.service['study:startSession']({ scope: { kind: 'all' }, limit: 3 })
  const noon = new Date()
  noon.setHours(12, 0, 0, 0)
  const line = (id: string, daysAgo: number, grade: 1 | 3) =>
    JSON.stringify({
      v: 1,
      id,
      grade,
      at: noon.getTime() - daysAgo * DAY,
      stateBefore: 0,
      due: noon.getTime() + DAY,
      scheduledDays: 1,
      stability: 1,
      difficulty: 5
    })
  const ids = cards.map((c) => c.id)
  const log = [
    ...ids.map((id) => line(id, 20, 3)),
    line(ids[0]!, 9, 1),
    line(ids[1]!, 9, 3),
    line(ids[0]!, 1, 1),
    line(ids[1]!, 1, 3),
    line(ids[2]!, 1, 3)
  ]
  await mkdir(join(bridge.dataDir, 'notebook', 'reviews'), { recursive: true })
  await writeFile(
    join(bridge.dataDir, 'notebook', 'reviews', 'desktop0001.jsonl'),
    `${log.join('\n')}\n`
  )

  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  })
  await notebook.openNotebook()
  expect(
    scripts.some((s) => /StudyScreen/.test(s)),
    'study mode is not loaded at start'
  ).toBe(false)

  await page.getByTestId('study-button').click()
  await page.getByTestId('study-tab-progress').click()
  await expect(page.getByTestId('progress-view')).toBeVisible()
  expect(
    scripts.some((s) => /StudyScreen/.test(s)),
    'study mode loads when opened'
  ).toBe(true)

  const chart = page.getByTestId('reviews-chart')
  const bars = chart.getByTestId('reviews-bar')
  await expect(bars).toHaveCount(3)
  await expect(bars.nth(0).locator('title')).toHaveText(/: 3 reviews$/)
  await expect(bars.nth(1).locator('title')).toHaveText(/: 2 reviews, 1 Again$/)
  await expect(bars.nth(2).locator('title')).toHaveText(/: 3 reviews, 1 Again$/)
  await expect(chart.getByRole('img')).toHaveAccessibleName('8 reviews in the last 28 days')
  // Bar heights follow the counts: recalled 3, 1, 2 and Again 0, 1, 1.
  const height = async (bar: number, part: 'recalled' | 'again') =>
    (await bars.nth(bar).locator(`.reviews-chart__${part}`).boundingBox())?.height ?? 0
  const unit = (await height(0, 'recalled')) / 3
  expect(unit).toBeGreaterThan(10)
  expect(Math.abs((await height(1, 'recalled')) - unit)).toBeLessThan(1)
  expect(Math.abs((await height(2, 'recalled')) - 2 * unit)).toBeLessThan(1)
  expect(Math.abs((await height(2, 'again')) - unit)).toBeLessThan(1)
  await expect(bars.nth(0).locator('.reviews-chart__again')).toHaveCount(0)

  await page.mouse.move(0, 0)
  for (const width of [1280, 900]) {
    for (const theme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 800 })
      await page.emulateMedia({ colorScheme: theme })
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await chart.scrollIntoViewIfNeeded()
      await notebook.screenshot(`progress-chart-${width}`)
    }
  }
})
