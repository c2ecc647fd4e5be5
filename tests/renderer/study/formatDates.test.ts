import { describe, expect, it } from 'vitest'
import { formatDue, shortDate } from '@renderer/features/study/formatDates'

const NOW = new Date(2026, 0, 15, 9, 0).getTime()
const MIN = 60_000
const DAY = 24 * 60 * MIN

describe('formatDue', () => {
  it('words a due date relative to now, in local days', () => {
    expect(formatDue(NOW - 5, NOW)).toBe('now')
    expect(formatDue(NOW + 10 * MIN, NOW)).toBe('in 10 min')
    expect(formatDue(NOW + 3 * 60 * MIN, NOW)).toBe('in 3 h')
    expect(formatDue(NOW + DAY, NOW)).toBe('tomorrow')
    expect(formatDue(NOW + 8 * DAY, NOW)).toBe('in 8 days')
    expect(formatDue(NOW + 90 * DAY, NOW)).toBe('in 3 months')
    expect(formatDue(NOW + 730 * DAY, NOW)).toBe('in 2 years')
  })

  it('labels chart days shortly', () => {
    expect(shortDate('2026-01-05')).toBe('Jan 5')
    expect(shortDate('2026-12-31')).toBe('Dec 31')
  })
})
