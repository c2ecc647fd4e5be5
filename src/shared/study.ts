/** Study state kept per question in the small settings store (never in answer files). */

export const STUDY_STATUSES = ['new', 'learning', 'confident'] as const
export type StudyStatus = (typeof STUDY_STATUSES)[number]

/** FSRS memory states, numbered as ts-fsrs numbers them. */
export const SCHEDULE_STATES = ['new', 'learning', 'review', 'relearning'] as const

/**
 * The current FSRS card of one question as plain JSON (dates as epoch ms), so it can sit in the
 * config store. The review history itself lives in the append-only review log, not here.
 */
export interface StudySchedule {
  /** Epoch ms when the question is next due. */
  due: number
  stability: number
  difficulty: number
  elapsedDays: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  /** Index into SCHEDULE_STATES (0 new, 1 learning, 2 review, 3 relearning). */
  state: 0 | 1 | 2 | 3
  /** Epoch ms of the last review, or null before the first. */
  lastReview: number | null
}

export interface StudyState {
  status: StudyStatus
  favourite: boolean
  tags: string[]
  /** Epoch ms of the last change, 0 when never touched. */
  updatedAt: number
  /** FSRS schedule once the question has been reviewed in a practice session; absent before. */
  schedule?: StudySchedule
}

export const DEFAULT_STUDY_STATE: StudyState = {
  status: 'new',
  favourite: false,
  tags: [],
  updatedAt: 0
}
