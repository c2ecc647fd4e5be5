import { describe, expect, it } from 'vitest'
import {
  formatInterval,
  previewIntervals,
  scheduleReview
} from '../../../../../src/shared/domain/study/scheduleReview'

const NOW = Date.UTC(2026, 0, 15, 9, 0)
const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

describe('previewIntervals', () => {
  it('gives, for each grade, exactly the due date that grading would schedule', () => {
    let schedule = scheduleReview('gil', undefined, 3, NOW).schedule
    const later = schedule.due + DAY
    for (const current of [undefined, schedule]) {
      const at = current ? later : NOW
      const preview = previewIntervals(current, at)
      for (const grade of [1, 2, 3, 4] as const) {
        const graded = scheduleReview('gil', current, grade, at).schedule
        expect(preview[grade]).toEqual({ due: graded.due, ms: graded.due - at })
      }
    }
    schedule = scheduleReview('gil', schedule, 3, later).schedule
    expect(schedule.reps).toBe(2)
  })

  it('orders the intervals Again ≤ Hard ≤ Good ≤ Easy, Again within the day', () => {
    const preview = previewIntervals(undefined, NOW)
    expect(preview[1].ms).toBeLessThan(DAY)
    expect(preview[1].ms).toBeLessThanOrEqual(preview[2].ms)
    expect(preview[2].ms).toBeLessThanOrEqual(preview[3].ms)
    expect(preview[3].ms).toBeLessThan(preview[4].ms)
  })
})

describe('formatInterval', () => {
  it('writes intervals the way flashcard apps show them', () => {
    expect(formatInterval(30_000)).toBe('1m')
    expect(formatInterval(10 * MINUTE)).toBe('10m')
    expect(formatInterval(5 * 60 * MINUTE)).toBe('5h')
    expect(formatInterval(3 * DAY)).toBe('3d')
    expect(formatInterval(75 * DAY)).toBe('2.5mo')
    expect(formatInterval(438 * DAY)).toBe('1.2y')
  })
})
