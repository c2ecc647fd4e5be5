/**
 * The practice session as a pure state machine: prompt → revealed → grading → next card,
 * until the queue is empty. An Again puts the card back at the end of the queue (a few times
 * at most) so it is seen again before the session ends, as FSRS brings it back within minutes.
 */
import type { ReviewGrade, SessionCard } from './types'

/** How many times one card may come back in a session after Again. */
export const MAX_AGAIN_REPEATS = 2

export type SessionPhase = 'prompt' | 'revealed' | 'grading' | 'done'

export interface SessionResult {
  id: string
  prompt: string
  grade: ReviewGrade
  /** Epoch ms the card is next due after this grade. */
  due: number
}

export interface SessionState {
  /** Remaining cards; the head is the one on screen. */
  queue: SessionCard[]
  phase: SessionPhase
  /** The quick attempt for the current card; cleared when the next card comes up. */
  draft: string
  results: SessionResult[]
  repeats: Record<string, number>
  /** Message of the last failed grade, shown until the next action. */
  error: string | null
}

export type SessionAction =
  | { type: 'draft'; text: string }
  | { type: 'reveal' }
  | { type: 'grade-start' }
  | { type: 'graded'; grade: ReviewGrade; due: number }
  | { type: 'grade-failed'; message: string }
  | { type: 'end' }

/** A session over `cards`; an empty list is done at once. */
export function startSession(cards: readonly SessionCard[]): SessionState {
  return {
    queue: [...cards],
    phase: cards.length ? 'prompt' : 'done',
    draft: '',
    results: [],
    repeats: {},
    error: null
  }
}

/** The card on screen, or null when the session is done. */
export function currentCard(state: SessionState): SessionCard | null {
  return state.phase === 'done' ? null : (state.queue[0] ?? null)
}

/** Applies one action; actions that make no sense in the current phase leave the state as is. */
export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'draft':
      return state.phase === 'done' ? state : { ...state, draft: action.text }
    case 'reveal':
      return state.phase === 'prompt' ? { ...state, phase: 'revealed', error: null } : state
    case 'grade-start':
      return state.phase === 'revealed' ? { ...state, phase: 'grading', error: null } : state
    case 'grade-failed':
      return state.phase === 'grading'
        ? { ...state, phase: 'revealed', error: action.message }
        : state
    case 'graded':
      return state.phase === 'grading' ? advance(state, action.grade, action.due) : state
    case 'end':
      return { ...state, phase: 'done', queue: [] }
  }
}

function advance(state: SessionState, grade: ReviewGrade, due: number): SessionState {
  const [card, ...rest] = state.queue
  if (!card) return { ...state, phase: 'done' }
  const repeats = state.repeats[card.id] ?? 0
  const again = grade === 1 && repeats < MAX_AGAIN_REPEATS
  const queue = again ? [...rest, card] : rest
  return {
    queue,
    phase: queue.length ? 'prompt' : 'done',
    draft: '',
    results: [...state.results, { id: card.id, prompt: card.prompt, grade, due }],
    repeats: again ? { ...state.repeats, [card.id]: repeats + 1 } : state.repeats,
    error: null
  }
}

export interface SessionSummary {
  /** Distinct cards graded at least once. */
  cardsSeen: number
  reviews: number
  grades: Record<ReviewGrade, number>
  /** Per card, its last grade and next due date, soonest first. */
  nextDue: SessionResult[]
}

/** Totals for the end-of-session screen. */
export function summarizeSession(state: SessionState): SessionSummary {
  const grades: Record<ReviewGrade, number> = { 1: 0, 2: 0, 3: 0, 4: 0 }
  const last = new Map<string, SessionResult>()
  for (const result of state.results) {
    grades[result.grade] += 1
    last.set(result.id, result)
  }
  return {
    cardsSeen: last.size,
    reviews: state.results.length,
    grades,
    nextDue: [...last.values()].sort((a, b) => a.due - b.due)
  }
}
