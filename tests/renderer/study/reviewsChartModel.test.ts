import { describe, expect, it } from 'vitest'
import { reviewsChartModel, tickStep } from '@renderer/features/study/reviewsChartModel'

const day = (date: string, reviews: number, again = 0) => ({ date, reviews, again })

describe('tickStep', () => {
  it('picks 1, 2 or 5 times a power of ten for at most four intervals', () => {
    expect(tickStep(0)).toBe(1)
    expect(tickStep(3)).toBe(1)
    expect(tickStep(7)).toBe(2)
    expect(tickStep(13)).toBe(5)
    expect(tickStep(38)).toBe(10)
    expect(tickStep(170)).toBe(50)
  })
})

describe('reviewsChartModel', () => {
  const days = [day('2026-01-13', 0), day('2026-01-14', 6, 2), day('2026-01-15', 3)]

  it('scales to a round maximum and stacks Again on top of recalled', () => {
    const model = reviewsChartModel(days, 100)
    expect(model.max).toBe(6)
    expect(model.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6])
    expect(model.ticks.map((t) => Math.round(t.y))).toEqual([100, 67, 33, 0])
    const busy = model.columns[1]!
    expect([busy.recalled, busy.again]).toEqual([4, 2])
    expect(Math.round(busy.recalledHeight)).toBe(67)
    expect(Math.round(busy.againHeight)).toBe(33)
    expect(busy.title).toBe('Jan 14: 6 reviews, 2 Again')
    expect(model.columns[2]!.title).toBe('Jan 15: 3 reviews')
  })

  it('gives each day an equal slot across the full width', () => {
    const { columns } = reviewsChartModel(days, 100)
    expect(columns.map((c) => Math.round(c.x * 10) / 10)).toEqual([5, 38.3, 71.7])
    expect(columns.every((c) => Math.abs(c.width - 70 / 3) < 1e-9)).toBe(true)
    const last = columns[2]!
    expect(last.x + last.width).toBeLessThanOrEqual(100)
  })

  it('labels every seventh day counting back from the newest', () => {
    const month = Array.from({ length: 28 }, (_, i) =>
      day(`2026-02-${String(i + 1).padStart(2, '0')}`, 1)
    )
    const { labelled, columns } = reviewsChartModel(month, 100)
    expect(labelled).toEqual([6, 13, 20, 27])
    expect(columns[27]!.label).toBe('Feb 28')
  })

  it('draws an empty scale when nothing was reviewed', () => {
    const model = reviewsChartModel([day('2026-01-13', 0)], 100)
    expect(model.max).toBe(1)
    expect(model.columns[0]!.recalledHeight).toBe(0)
    expect(model.columns[0]!.againHeight).toBe(0)
  })
})
