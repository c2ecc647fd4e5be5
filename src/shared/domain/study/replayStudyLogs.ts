/**
 * The study state of every question, derived by replaying all devices' logs in time order:
 * each review through ts-fsrs (scheduleReview), each state event over the fields it names.
 *
 * Why replay and not a stored schedule: two computers that reviewed in parallel each hold only
 * their own log; merged in time order they give one history, and the schedule follows from it.
 * Hand-set fields (status, favourite, tags) are last-writer-wins per field, by timestamp.
 */
import { DEFAULT_STUDY_STATE, type StudyState } from '../../study'
import { scheduleReview, statusAfterReview } from './scheduleReview'
import { isReviewRecord, isStateEvent, parseLog, reviewKey, type StateEvent } from './studyLogLines'
import type { ReviewRecord } from './types'

/** One log file's text; `source` names it (the device id or file name) for tie-breaks and warnings. */
export interface LogText {
  source: string
  text: string
}

export interface ReplayInput {
  reviews: readonly LogText[]
  events: readonly LogText[]
}

export interface ReplayResult {
  /** State per question that any log mentions. */
  states: Map<string, StudyState>
  /** Every distinct review, in replay order. */
  reviews: ReviewRecord[]
  /** Lines skipped across all logs (torn or invalid). */
  skipped: number
  /** One sentence per log whose last line was torn (ignored until it is complete). */
  warnings: string[]
}

type Step =
  | { kind: 0; at: number; source: string; seq: number; review: ReviewRecord }
  | { kind: 1; at: number; source: string; seq: number; event: StateEvent }

// Time first; at the same instant a review goes before a hand-set change (a status set right
// after grading wins), then by source and position in the file, so every device agrees.
function compareSteps(a: Step, b: Step): number {
  return (
    a.at - b.at ||
    a.kind - b.kind ||
    (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
    a.seq - b.seq
  )
}

function baseState(): StudyState {
  return { ...DEFAULT_STUDY_STATE, tags: [] }
}

/** Applies one review to a question's state, as study mode does when it is graded. */
export function applyReview(before: StudyState | undefined, review: ReviewRecord): StudyState {
  const state = before ?? baseState()
  const { schedule } = scheduleReview(review.id, state.schedule, review.grade, review.at)
  const status = statusAfterReview(state.status, review.grade, schedule)
  return { ...state, status, schedule, updatedAt: Math.max(state.updatedAt, review.at) }
}

/** Applies one hand-set change: only the fields it names. */
export function applyEvent(before: StudyState | undefined, event: StateEvent): StudyState {
  const state = before ?? baseState()
  return {
    ...state,
    ...(event.status !== undefined ? { status: event.status } : {}),
    ...(event.favourite !== undefined ? { favourite: event.favourite } : {}),
    ...(event.tags !== undefined ? { tags: [...event.tags] } : {}),
    ...(event.schedule !== undefined ? { schedule: { ...event.schedule } } : {}),
    updatedAt: Math.max(state.updatedAt, event.at)
  }
}

/**
 * Replays every log. Lines seen twice (by review id or event id) count once; torn or invalid
 * lines are skipped and counted, a torn last line also named in `warnings`. Never throws on
 * bad text.
 */
export function replayStudyLogs(input: ReplayInput): ReplayResult {
  const steps: Step[] = []
  const seen = new Set<string>()
  const warnings: string[] = []
  let skipped = 0
  const torn = (source: string) =>
    warnings.push(
      `The last line of the study log ${source} is incomplete (a crash, or a sync still copying); it is ignored until it is complete.`
    )
  for (const log of input.reviews) {
    const parsed = parseLog(log.text, isReviewRecord)
    skipped += parsed.skipped
    if (parsed.tornTail) torn(log.source)
    parsed.lines.forEach((review, seq) => {
      const key = `r:${reviewKey(review)}`
      if (seen.has(key)) return
      seen.add(key)
      steps.push({ kind: 0, at: review.at, source: log.source, seq, review })
    })
  }
  for (const log of input.events) {
    const parsed = parseLog(log.text, isStateEvent)
    skipped += parsed.skipped
    if (parsed.tornTail) torn(log.source)
    parsed.lines.forEach((event, seq) => {
      const key = `e:${event.eid}`
      if (seen.has(key)) return
      seen.add(key)
      steps.push({ kind: 1, at: event.at, source: log.source, seq, event })
    })
  }
  steps.sort(compareSteps)
  const states = new Map<string, StudyState>()
  const reviews: ReviewRecord[] = []
  for (const step of steps) {
    if (step.kind === 0) {
      states.set(step.review.id, applyReview(states.get(step.review.id), step.review))
      reviews.push(step.review)
    } else states.set(step.event.id, applyEvent(states.get(step.event.id), step.event))
  }
  return { states, reviews, skipped, warnings }
}
