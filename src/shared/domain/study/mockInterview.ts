/**
 * Mock interview: a timed practice session (a countdown per question, no reveal until the time
 * is up or the candidate stops), then a summary with the time taken and the answer coverage per
 * question. The grades are ordinary reviews; this module only sums up the session.
 */
import type { ReviewGrade } from './types'

/** Countdown choices per question, in minutes. */
export const MOCK_MINUTES = [1, 2, 3, 5] as const

/** One question of a mock interview. */
export interface MockAnswer {
  id: string
  prompt: string
  /** Time from the question appearing to the stop (or the end of the countdown). */
  ms: number
  limitMs: number
  /** "Check my answer" overall coverage of the draft, 0..1; null without a reference. */
  coverage: number | null
  grade: ReviewGrade
}

export interface MockSummary {
  count: number
  totalMs: number
  /** Mean coverage over the questions that had a reference; null if none had. */
  averageCoverage: number | null
  /** Questions that used the whole countdown. */
  outOfTime: number
}

/** Sums up a mock interview. */
export function summarizeMock(answers: readonly MockAnswer[]): MockSummary {
  const measured = answers.filter((a) => a.coverage !== null)
  return {
    count: answers.length,
    totalMs: answers.reduce((sum, a) => sum + a.ms, 0),
    averageCoverage: measured.length
      ? measured.reduce((sum, a) => sum + a.coverage!, 0) / measured.length
      : null,
    outOfTime: answers.filter((a) => a.ms >= a.limitMs).length
  }
}

/** "1:05" for a duration in ms (minutes and seconds, rounded down). */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
