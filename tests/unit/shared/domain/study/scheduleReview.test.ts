import { describe, expect, it } from 'vitest'
import {
  CONFIDENT_AFTER_DAYS,
  emptySchedule,
  fromCard,
  scheduleReview,
  statusAfterReview,
  toCard
} from '../../../../../src/shared/domain/study/scheduleReview'
import { localDay } from '../../../../../src/shared/domain/study/computeProgress'

const NOW = Date.UTC(2026, 0, 15, 9, 0)
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

describe('scheduleReview (ts-fsrs, fixed clock)', () => {
  it('moves a new card graded Good out by days', () => {
    const { schedule, record } = scheduleReview('gil', undefined, 3, NOW)
    expect(schedule.due - NOW).toBeGreaterThanOrEqual(DAY)
    expect(schedule.state).toBe(2)
    expect(schedule.reps).toBe(1)
    expect(schedule.lastReview).toBe(NOW)
    expect(record).toMatchObject({ v: 1, id: 'gil', grade: 3, at: NOW, due: schedule.due })
  })

  it('brings a card graded Again back the same day', () => {
    const { schedule } = scheduleReview('gil', undefined, 1, NOW)
    expect(schedule.due).toBeGreaterThan(NOW)
    expect(localDay(schedule.due)).toBe(localDay(NOW))
  })

  it('brings a lapsed review card back the same day and counts the lapse', () => {
    const first = scheduleReview('gil', undefined, 3, NOW).schedule
    const later = first.due + HOUR
    const lapsed = scheduleReview('gil', first, 1, later).schedule
    expect(lapsed.lapses).toBe(1)
    expect(localDay(lapsed.due)).toBe(localDay(later))
  })

  it('grows the interval with each Good', () => {
    let schedule = scheduleReview('gil', undefined, 3, NOW).schedule
    const intervals: number[] = []
    for (let i = 0; i < 3; i++) {
      const at = schedule.due
      schedule = scheduleReview('gil', schedule, 3, at).schedule
      intervals.push(schedule.due - at)
    }
    expect(intervals[1]).toBeGreaterThan(intervals[0]!)
    expect(intervals[2]).toBeGreaterThan(intervals[1]!)
  })

  it('orders the first intervals Again < Hard < Good < Easy', () => {
    const dues = ([1, 2, 3, 4] as const).map(
      (g) => scheduleReview('x', undefined, g, NOW).schedule.due
    )
    expect([...dues].sort((a, b) => a - b)).toEqual(dues)
    expect(new Set(dues).size).toBe(4)
  })

  it('is deterministic for the same history (no fuzz)', () => {
    const a = scheduleReview('x', undefined, 4, NOW).schedule
    const b = scheduleReview('x', undefined, 4, NOW).schedule
    expect(a).toEqual(b)
  })

  it('keeps the draft in the log record only when given', () => {
    expect(scheduleReview('x', undefined, 3, NOW, 'my try').record.draft).toBe('my try')
    expect('draft' in scheduleReview('x', undefined, 3, NOW).record).toBe(false)
  })

  it('round-trips a schedule through the ts-fsrs card as JSON', () => {
    const schedule = scheduleReview('x', emptySchedule(NOW), 3, NOW).schedule
    const json = JSON.parse(JSON.stringify(schedule))
    expect(fromCard(toCard(json))).toEqual(schedule)
    expect(emptySchedule(NOW)).toMatchObject({ state: 0, reps: 0, lastReview: null, due: NOW })
  })
})

describe('statusAfterReview', () => {
  const good = scheduleReview('x', undefined, 3, NOW).schedule
  it('promotes new to learning, demotes on Again, keeps a hand-set status on Good', () => {
    expect(statusAfterReview('new', 3, good)).toBe('learning')
    expect(statusAfterReview('confident', 1, good)).toBe('learning')
    expect(statusAfterReview('confident', 3, good)).toBe('confident')
  })

  it('marks confident once the interval reaches the threshold', () => {
    let schedule = good
    while (schedule.scheduledDays < CONFIDENT_AFTER_DAYS)
      schedule = scheduleReview('x', schedule, 3, schedule.due).schedule
    expect(statusAfterReview('learning', 3, schedule)).toBe('confident')
  })
})
