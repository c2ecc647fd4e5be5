/**
 * Progress numbers: per source and section how many questions are new, learning, confident and
 * due today; reviews per day; the streak. Pure: entries, study states, the review records and
 * the clock (with the local UTC offset, since "today" is the user's day) come in as data.
 */
import type { CatalogEntry } from '../types'
import { NO_SECTION, sectionsInSource } from '../catalog/occurrenceSections'
import type { StudyState } from '../../study'
import { forecastDue } from './forecastDue'
import type {
  DayReviews,
  ProgressCounts,
  ProgressReport,
  ReviewRecord,
  SectionProgress,
  SourceProgress
} from './types'

const DAY_MS = 24 * 60 * 60 * 1000
export const DEFAULT_PROGRESS_DAYS = 28
/** Label for questions that sit under no heading (shared with the sidebar). */
export { NO_SECTION }

export interface ProgressInput {
  entries: readonly CatalogEntry[]
  studyOf: (entry: CatalogEntry) => StudyState
  reviews: readonly ReviewRecord[]
  now: number
  /** Minutes the user's clock is ahead of UTC (e.g. 120 for UTC+2). */
  utcOffsetMinutes?: number
  days?: number
  skippedLogLines?: number
}

/** Days since the epoch of the local day containing `ms` (cheap to key and count by). */
export function localDayNumber(ms: number, utcOffsetMinutes = 0): number {
  return Math.floor((ms + utcOffsetMinutes * 60_000) / DAY_MS)
}

/** The local calendar date (YYYY-MM-DD) of an instant. */
export function localDay(ms: number, utcOffsetMinutes = 0): string {
  return new Date(localDayNumber(ms, utcOffsetMinutes) * DAY_MS).toISOString().slice(0, 10)
}

/** Epoch ms of the end of the local day containing `now` (exclusive). */
export function endOfLocalDay(now: number, utcOffsetMinutes = 0): number {
  const offset = utcOffsetMinutes * 60_000
  return Math.floor((now + offset) / DAY_MS) * DAY_MS - offset + DAY_MS
}

function emptyCounts(): ProgressCounts {
  return { total: 0, new: 0, learning: 0, confident: 0, dueToday: 0 }
}

function add(counts: ProgressCounts, study: StudyState, dueBy: number): void {
  counts.total += 1
  counts[study.status] += 1
  if (study.schedule && study.schedule.due < dueBy) counts.dueToday += 1
}

/**
 * Counts consecutive active days (day numbers) back from today, or from yesterday while today
 * has no review yet, so the streak survives until the day is over.
 */
export function streakDays(activeDays: ReadonlySet<number>, today: number): number {
  let day = activeDays.has(today) ? today : today - 1
  let streak = 0
  while (activeDays.has(day)) {
    streak += 1
    day -= 1
  }
  return streak
}

/** Builds the progress report shown in the Progress view. */
export function computeProgress(input: ProgressInput): ProgressReport {
  const offset = input.utcOffsetMinutes ?? 0
  const dueBy = endOfLocalDay(input.now, offset)
  const totals = emptyCounts()
  const sources = new Map<
    string,
    { counts: ProgressCounts; sections: Map<string, ProgressCounts> }
  >()

  const dues: number[] = []
  for (const entry of input.entries) {
    const study = input.studyOf(entry)
    add(totals, study, dueBy)
    if (study.schedule) dues.push(study.schedule.due)
    const files = [...new Set(entry.occurrences.map((o) => o.file))]
    for (const file of files) {
      let source = sources.get(file)
      if (!source) sources.set(file, (source = { counts: emptyCounts(), sections: new Map() }))
      add(source.counts, study, dueBy)
      // Each source counts the entry under its own headings there, not another source's.
      for (const name of sectionsInSource(entry, file)) {
        let counts = source.sections.get(name)
        if (!counts) source.sections.set(name, (counts = emptyCounts()))
        add(counts, study, dueBy)
      }
    }
  }

  // Keyed by day number: a long history is counted without formatting a date per review.
  const perDay = new Map<number, { reviews: number; again: number }>()
  for (const review of input.reviews) {
    const key = localDayNumber(review.at, offset)
    const day = perDay.get(key) ?? { reviews: 0, again: 0 }
    day.reviews += 1
    if (review.grade === 1) day.again += 1
    perDay.set(key, day)
  }
  const dayCount = input.days ?? DEFAULT_PROGRESS_DAYS
  const today = localDayNumber(input.now, offset)
  const days: DayReviews[] = []
  for (let key = today - dayCount + 1; key <= today; key++) {
    const counts = perDay.get(key) ?? { reviews: 0, again: 0 }
    days.push({ date: new Date(key * DAY_MS).toISOString().slice(0, 10), ...counts })
  }

  return {
    totals,
    forecast: forecastDue(dues, input.now, offset),
    sources: [...sources].map(([name, s]): SourceProgress => ({
      name,
      ...s.counts,
      sections: [...s.sections].map(([section, c]): SectionProgress => ({ name: section, ...c }))
    })),
    days,
    streak: streakDays(new Set(perDay.keys()), today),
    reviewedToday: perDay.get(today)?.reviews ?? 0,
    totalReviews: input.reviews.length,
    skippedLogLines: input.skippedLogLines ?? 0
  }
}
