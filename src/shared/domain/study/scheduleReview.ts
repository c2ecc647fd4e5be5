/**
 * FSRS scheduling through ts-fsrs: the library does the maths, this module only converts
 * between its Card objects and the plain StudySchedule kept in the config store.
 * The clock is always passed in, so tests and the review service decide what "now" is.
 */
import { createEmptyCard, fsrs, State, type Card, type Grade } from 'ts-fsrs'
import type { StudySchedule, StudyStatus } from '../../study'
import type { ReviewGrade, ReviewRecord } from './types'

/** A question scheduled this far out (days) after a successful review counts as confident. */
export const CONFIDENT_AFTER_DAYS = 21

/**
 * One 10-minute learning step: Again (or Hard) brings a card back the same day, while Good on a
 * first attempt graduates it to days, since one practice pass per question is the usual rhythm
 * here (the library default of 1m/10m steps would keep a Good card for a second pass in minutes).
 */
export const LEARNING_STEPS = ['10m'] as const

// Fuzz off: the same history always gives the same due date, which keeps the schedule
// reproducible across the app, the CLI and the tests.
const scheduler = fsrs({ enable_fuzz: false, learning_steps: LEARNING_STEPS })

/** The StudySchedule of a question never reviewed, as of `now`. */
export function emptySchedule(now: number): StudySchedule {
  return fromCard(createEmptyCard(new Date(now)))
}

/** Converts a plain schedule into the ts-fsrs Card it was made from. */
export function toCard(schedule: StudySchedule): Card {
  return {
    due: new Date(schedule.due),
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: schedule.elapsedDays,
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: schedule.state as State,
    ...(schedule.lastReview === null ? {} : { last_review: new Date(schedule.lastReview) })
  }
}

/** Converts a ts-fsrs Card into JSON-safe plain data. */
export function fromCard(card: Card): StudySchedule {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StudySchedule['state'],
    lastReview: card.last_review ? card.last_review.getTime() : null
  }
}

/** What one review produced: the new schedule and the line for the review log. */
export interface ScheduledReview {
  schedule: StudySchedule
  record: ReviewRecord
}

/**
 * Applies one self-grade to a question's schedule (or a fresh card when it has none) at `now`.
 * Good on a new card moves the due date out; Again brings it back within minutes, the same day.
 */
export function scheduleReview(
  id: string,
  current: StudySchedule | undefined,
  grade: ReviewGrade,
  now: number,
  draft?: string
): ScheduledReview {
  const card = current ? toCard(current) : createEmptyCard(new Date(now))
  const { card: next } = scheduler.next(card, new Date(now), grade as Grade)
  const schedule = fromCard(next)
  const record: ReviewRecord = {
    v: 1,
    id,
    grade,
    at: now,
    stateBefore: card.state,
    due: schedule.due,
    scheduledDays: schedule.scheduledDays,
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    ...(draft ? { draft } : {})
  }
  return { schedule, record }
}

/**
 * The status a review leaves behind. Reviews promote (new → learning → confident once the card
 * is in review with an interval of CONFIDENT_AFTER_DAYS or more) and demote only on Again, so a
 * status the user set by hand is not undone by an ordinary Good.
 */
export function statusAfterReview(
  previous: StudyStatus,
  grade: ReviewGrade,
  schedule: StudySchedule
): StudyStatus {
  if (grade === 1) return 'learning'
  if (schedule.state === State.Review && schedule.scheduledDays >= CONFIDENT_AFTER_DAYS)
    return 'confident'
  return previous === 'new' ? 'learning' : previous
}

/** What each grade would do to a question's schedule now: its next due date and interval. */
export type IntervalPreview = Record<ReviewGrade, { due: number; ms: number }>

/**
 * The next interval FSRS would give for each grade (ts-fsrs' `repeat`, the same scheduler as
 * scheduleReview), for the grade buttons: "Again 10m · Hard 10m · Good 3d · Easy 9d".
 */
export function previewIntervals(current: StudySchedule | undefined, now: number): IntervalPreview {
  const card = current ? toCard(current) : createEmptyCard(new Date(now))
  const log = scheduler.repeat(card, new Date(now))
  const at = (grade: ReviewGrade) => {
    const due = log[grade as Grade].card.due.getTime()
    return { due, ms: Math.max(0, due - now) }
  }
  return { 1: at(1), 2: at(2), 3: at(3), 4: at(4) }
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** A short interval as Anki shows it: 10m, 5h, 3d, 2.5mo, 1.2y. */
export function formatInterval(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`
  const days = ms / DAY
  if (days < 30) return `${Math.round(days)}d`
  const tenths = (value: number) => String(Math.round(value * 10) / 10)
  if (days < 365) return `${tenths(days / 30)}mo`
  return `${tenths(days / 365)}y`
}
