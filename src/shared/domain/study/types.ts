/**
 * Plain data of study mode: session scopes and cards, review records, progress reports.
 * Shared by the pure domain, the review service and the renderer (re-exported by ipc/types).
 */
import type { SearchFilters } from '../search/types'
import type { StudySchedule, StudyStatus } from '../../study'

/** Self-grade after revealing the answer: 1 Again, 2 Hard, 3 Good, 4 Easy (FSRS ratings). */
export type ReviewGrade = 1 | 2 | 3 | 4

export const GRADE_LABELS: Record<ReviewGrade, string> = {
  1: 'Again',
  2: 'Hard',
  3: 'Good',
  4: 'Easy'
}

/** Filters a search-scoped session narrows by: exactly the notebook's search filters. */
export type ScopeFilters = SearchFilters

/** Which questions a practice session draws from. */
export type StudyScope =
  | { kind: 'all' }
  | { kind: 'source'; source: string }
  | { kind: 'section'; section: string; source?: string }
  | { kind: 'search'; query: string; filters?: ScopeFilters }
  | { kind: 'favourites' }
  | { kind: 'unanswered' }
  | { kind: 'unchecked' }
  | { kind: 'due' }

export interface StartSessionRequest {
  scope: StudyScope
  /** Most cards in one session; default DEFAULT_SESSION_LIMIT. */
  limit?: number
  /** Study cards that fall due later today now, as if they were due (Anki's "study ahead"). */
  early?: boolean
}

/** One card of a session: the prompt only; answers are fetched on reveal. */
export interface SessionCard {
  id: string
  prompt: string
  sections: string[]
  status: StudyStatus
  /** Epoch ms the card is due, or null for a question never reviewed. */
  due: number | null
}

export interface StudySessionStart {
  cards: SessionCard[]
  /** How many questions matched the scope before the limit. */
  matched: number
  /** How many of the matched are due now. */
  dueNow: number
  /**
   * Matched cards that fall due later today (not yet due), how many of them are still being
   * learned, and when the first one is due; null when none.
   */
  laterToday: { count: number; learning: number; nextDue: number } | null
  startedAt: number
}

export interface ReviewRequest {
  id: string
  grade: ReviewGrade
  /** The quick attempt typed before revealing; logged, never written to "My answer". */
  draft?: string
}

/** One line of the append-only review log. */
export interface ReviewRecord {
  /** Format version of the line. */
  v: 1
  id: string
  grade: ReviewGrade
  /** Epoch ms of the review. */
  at: number
  /** FSRS state before the review (0 new … 3 relearning). */
  stateBefore: number
  /** Epoch ms the card is next due after this review. */
  due: number
  scheduledDays: number
  stability: number
  difficulty: number
  draft?: string
  /**
   * Unique id of this review (device id + sequence), so a line seen twice (a sync tool's
   * conflict copy, a log copied in twice) counts once. Lines written before sync lack it.
   */
  rid?: string
  /** The device whose log this line was written to. */
  device?: string
}

export interface ReviewResult {
  id: string
  grade: ReviewGrade
  status: StudyStatus
  schedule: StudySchedule
  reviewedAt: number
}

export interface ProgressRequest {
  /** How many days of review history to chart, ending today; default 28. */
  days?: number
}

/** new / learning / confident / due-today counts for one group of questions. */
export interface ProgressCounts {
  total: number
  new: number
  learning: number
  confident: number
  dueToday: number
}

export interface SectionProgress extends ProgressCounts {
  name: string
}

export interface SourceProgress extends ProgressCounts {
  name: string
  sections: SectionProgress[]
}

export interface DayReviews {
  /** Local date, YYYY-MM-DD. */
  date: string
  reviews: number
  /** Reviews graded Again that day. */
  again: number
}

/** Questions falling due on one local day (`date` as YYYY-MM-DD). */
export interface DayForecast {
  date: string
  due: number
}

export interface ProgressReport {
  totals: ProgressCounts
  /** Due per day for the next 7 days, today first (today includes the overdue). */
  forecast: DayForecast[]
  sources: SourceProgress[]
  /** One entry per day, oldest first, ending today. */
  days: DayReviews[]
  /** Consecutive days with at least one review, ending today (or yesterday if none yet today). */
  streak: number
  reviewedToday: number
  totalReviews: number
  /** Unreadable log lines skipped (a torn last line after a crash, for instance). */
  skippedLogLines: number
}
