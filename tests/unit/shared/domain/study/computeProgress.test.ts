import { describe, expect, it } from 'vitest'
import {
  NO_SECTION,
  computeProgress,
  endOfLocalDay,
  localDay,
  localDayNumber,
  streakDays
} from '../../../../../src/shared/domain/study/computeProgress'
import { effectiveStudyState } from '../../../../../src/shared/domain/study/checklistImport'
import type { ReviewRecord } from '../../../../../src/shared/domain/study/types'
import {
  DEFAULT_STUDY_STATE,
  type StudySchedule,
  type StudyState
} from '../../../../../src/shared/study'
import { FIXTURE } from './fixtureEntries'
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import { item } from '../catalog/helpers'

const NOW = Date.UTC(2026, 0, 15, 9, 0)
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

function schedule(due: number): StudySchedule {
  return {
    due,
    stability: 3,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 2,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
    lastReview: NOW - DAY
  }
}

function review(at: number, grade: 1 | 3 = 3): ReviewRecord {
  const base = { v: 1, id: 'gil', grade, at, stateBefore: 0, due: at + DAY }
  return { ...base, scheduledDays: 1, stability: 1, difficulty: 5 } as ReviewRecord
}

// gil: confident, due later today; decorators: checklist → learning; orm: learning, overdue;
// middleware: checklist but the user set it back to new; signals: new, due tomorrow.
const stored: Record<string, StudyState> = {
  gil: { ...DEFAULT_STUDY_STATE, status: 'confident', schedule: schedule(NOW + 3 * HOUR) },
  orm: { ...DEFAULT_STUDY_STATE, status: 'learning', schedule: schedule(NOW - 2 * DAY) },
  middleware: { ...DEFAULT_STUDY_STATE, status: 'new', updatedAt: 1 },
  signals: { ...DEFAULT_STUDY_STATE, status: 'new', schedule: schedule(NOW + DAY) }
}

describe('computeProgress on a known fixture', () => {
  const report = computeProgress({
    entries: FIXTURE,
    studyOf: (e) => effectiveStudyState(e, stored[e.id]),
    reviews: [
      review(NOW - 2 * DAY),
      review(NOW - DAY, 1),
      review(NOW - DAY),
      review(NOW - HOUR, 1),
      review(NOW - 9 * DAY)
    ],
    now: NOW,
    days: 7,
    skippedLogLines: 1
  })

  it('counts new / learning / confident / due today in total', () => {
    expect(report.totals).toEqual({ total: 5, new: 2, learning: 2, confident: 1, dueToday: 2 })
  })

  it('counts per source and per section within it', () => {
    const python = report.sources.find((s) => s.name === 'python.md')!
    expect(python).toMatchObject({ total: 2, new: 0, learning: 1, confident: 1, dueToday: 1 })
    expect(python.sections).toEqual([
      { name: 'Python Core', total: 2, new: 0, learning: 1, confident: 1, dueToday: 1 }
    ])
    const django = report.sources.find((s) => s.name === 'django.md')!
    expect(django).toMatchObject({ total: 3, new: 2, learning: 1, confident: 0, dueToday: 1 })
    expect(django.sections.map((s) => [s.name, s.total, s.dueToday])).toEqual([
      ['Django ORM', 1, 1],
      ['Django Framework', 1, 0],
      [NO_SECTION, 1, 0]
    ])
    expect(report.sources.map((s) => s.name)).toEqual(['python.md', 'mixed.md', 'django.md'])
  })

  it('charts reviews per day, oldest first, ending today', () => {
    expect(report.days).toHaveLength(7)
    expect(report.days.at(-1)).toEqual({ date: '2026-01-15', reviews: 1, again: 1 })
    expect(report.days.at(-2)).toEqual({ date: '2026-01-14', reviews: 2, again: 1 })
    expect(report.days[0]!.date).toBe('2026-01-09')
    expect(report.days.reduce((n, d) => n + d.reviews, 0)).toBe(4)
    expect(report.totalReviews).toBe(5)
    expect(report.reviewedToday).toBe(1)
    expect(report.skippedLogLines).toBe(1)
  })

  it('counts the streak of consecutive days', () => {
    expect(report.streak).toBe(3)
  })
})

describe('computeProgress on merged entries', () => {
  // "list vs tuple" sits under no heading in 000 and under "Core Python" in 003.
  const catalog = buildCatalog([
    item('List vs tuple?', '000.txt', 1),
    item('What is pip?', '000.txt', 2, { section: 'Tools' }),
    item('List vs tuple?', '003.txt', 9, { section: 'Core Python' })
  ])
  const report = computeProgress({
    entries: catalog.entries,
    studyOf: () => DEFAULT_STUDY_STATE,
    reviews: [],
    now: NOW
  })
  const sections = (file: string) =>
    report.sources.find((s) => s.name === file)!.sections.map((s) => [s.name, s.total])

  it("counts each source's occurrence under that source's own section", () => {
    expect(sections('000.txt')).toEqual([
      [NO_SECTION, 1],
      ['Tools', 1]
    ])
    expect(sections('003.txt')).toEqual([['Core Python', 1]])
  })
})

describe('day arithmetic', () => {
  it('uses the local day of the user', () => {
    const lateEvening = Date.UTC(2026, 0, 15, 23, 30)
    expect(localDay(lateEvening)).toBe('2026-01-15')
    expect(localDay(lateEvening, 120)).toBe('2026-01-16')
    expect(endOfLocalDay(NOW)).toBe(Date.UTC(2026, 0, 16))
    expect(endOfLocalDay(NOW, -300)).toBe(Date.UTC(2026, 0, 16, 5))
  })

  it('keeps a streak alive until today ends, and breaks it on a gap', () => {
    const day = (date: string) => localDayNumber(Date.parse(date))
    const today = localDayNumber(NOW)
    expect(day('2026-01-15')).toBe(today)
    expect(streakDays(new Set([day('2026-01-13'), day('2026-01-14')]), today)).toBe(2)
    expect(streakDays(new Set([day('2026-01-14'), today]), today)).toBe(2)
    expect(streakDays(new Set([day('2026-01-13')]), today)).toBe(0)
    expect(streakDays(new Set(), today)).toBe(0)
  })
})
