import { describe, expect, it } from 'vitest'
import { forecastDue } from '../../../../../src/shared/domain/study/forecastDue'
import { computeProgress } from '../../../../../src/shared/domain/study/computeProgress'
import { emptySchedule } from '../../../../../src/shared/domain/study/scheduleReview'
import { DEFAULT_STUDY_STATE } from '../../../../../src/shared/study'
import { makeEntry } from '../search/makeEntry'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
// 22:00 UTC on 15 January: already 16 January at UTC+3.
const NOW = Date.UTC(2026, 0, 15, 22, 0)

describe('forecastDue', () => {
  it('counts dues per local day for 7 days, overdue in today, later ones left out', () => {
    const dues = [NOW - 3 * DAY, NOW + HOUR, NOW + DAY, NOW + 2 * DAY, NOW + 2 * DAY, NOW + 9 * DAY]
    const forecast = forecastDue(dues, NOW)
    expect(forecast.map((d) => d.date)).toEqual([
      '2026-01-15',
      '2026-01-16',
      '2026-01-17',
      '2026-01-18',
      '2026-01-19',
      '2026-01-20',
      '2026-01-21'
    ])
    // 23:00 UTC is still the 15th; +1 day is the 16th; two on the 17th; +9 days is past the week.
    expect(forecast.map((d) => d.due)).toEqual([2, 1, 2, 0, 0, 0, 0])
  })

  it('uses the user’s local day', () => {
    const forecast = forecastDue([NOW + HOUR], NOW, 180)
    expect(forecast[0]).toEqual({ date: '2026-01-16', due: 1 })
  })

  it('is part of the progress report, from the study schedules', () => {
    const entries = [makeEntry('a', { id: 'a' }), makeEntry('b', { id: 'b' }), makeEntry('c')]
    const schedules: Record<string, number> = { a: NOW + 2 * DAY, b: NOW - DAY }
    const report = computeProgress({
      entries,
      reviews: [],
      now: NOW,
      studyOf: (entry) =>
        entry.id in schedules
          ? {
              ...DEFAULT_STUDY_STATE,
              schedule: { ...emptySchedule(NOW), due: schedules[entry.id]! }
            }
          : DEFAULT_STUDY_STATE
    })
    expect(report.forecast.map((d) => d.due)).toEqual([1, 0, 1, 0, 0, 0, 0])
    expect(report.forecast[0]!.due).toBe(report.totals.dueToday)
  })
})
