import { describe, expect, it } from 'vitest'
import {
  MAX_AGAIN_REPEATS,
  currentCard,
  sessionReducer,
  startSession,
  summarizeSession,
  type SessionAction,
  type SessionState
} from '../../../../../src/shared/domain/study/sessionMachine'
import type { ReviewGrade, SessionCard } from '../../../../../src/shared/domain/study/types'

const card = (id: string): SessionCard => ({
  id,
  prompt: `${id}?`,
  sections: [],
  status: 'new',
  due: null
})

function run(state: SessionState, ...actions: SessionAction[]): SessionState {
  return actions.reduce(sessionReducer, state)
}

function grade(state: SessionState, g: ReviewGrade, due: number): SessionState {
  return run(state, { type: 'reveal' }, { type: 'grade-start' }, { type: 'graded', grade: g, due })
}

describe('session state machine', () => {
  it('walks prompt → revealed → grading → next card → done', () => {
    let s = startSession([card('a'), card('b')])
    expect(s.phase).toBe('prompt')
    s = run(s, { type: 'draft', text: 'my try' })
    expect(s.draft).toBe('my try')
    s = run(s, { type: 'reveal' })
    expect(s.phase).toBe('revealed')
    expect(s.draft).toBe('my try')
    s = run(s, { type: 'grade-start' }, { type: 'graded', grade: 3, due: 100 })
    expect(currentCard(s)?.id).toBe('b')
    expect(s.draft).toBe('')
    s = grade(s, 4, 50)
    expect(s.phase).toBe('done')
    expect(currentCard(s)).toBeNull()
  })

  it('ignores grades before reveal and double grades while one is in flight', () => {
    let s = startSession([card('a'), card('b')])
    s = run(s, { type: 'grade-start' }, { type: 'graded', grade: 3, due: 1 })
    expect(s.phase).toBe('prompt')
    expect(s.results).toHaveLength(0)
    s = run(s, { type: 'reveal' }, { type: 'grade-start' }, { type: 'grade-start' })
    s = run(s, { type: 'graded', grade: 3, due: 1 }, { type: 'graded', grade: 3, due: 1 })
    expect(s.results).toHaveLength(1)
  })

  it('returns to revealed with the error when a grade fails', () => {
    let s = run(startSession([card('a')]), { type: 'reveal' }, { type: 'grade-start' })
    s = run(s, { type: 'grade-failed', message: 'disk full' })
    expect(s).toMatchObject({ phase: 'revealed', error: 'disk full' })
  })

  it('requeues a card graded Again, a bounded number of times', () => {
    let s = startSession([card('a'), card('b')])
    s = grade(s, 1, 10)
    expect(s.queue.map((c) => c.id)).toEqual(['b', 'a'])
    s = grade(s, 3, 20)
    for (let i = 0; i < MAX_AGAIN_REPEATS; i++) s = grade(s, 1, 10)
    expect(s.phase).toBe('done')
    expect(s.results.map((r) => r.id)).toEqual(['a', 'b', 'a', 'a'])
  })

  it('summarises cards seen, grades and next due dates (soonest first)', () => {
    let s = startSession([card('a'), card('b'), card('c')])
    s = grade(s, 1, 10)
    s = grade(s, 4, 900)
    s = grade(s, 2, 300)
    s = grade(s, 3, 500)
    const summary = summarizeSession(s)
    expect(summary.cardsSeen).toBe(3)
    expect(summary.reviews).toBe(4)
    expect(summary.grades).toEqual({ 1: 1, 2: 1, 3: 1, 4: 1 })
    expect(summary.nextDue.map((r) => [r.id, r.due])).toEqual([
      ['c', 300],
      ['a', 500],
      ['b', 900]
    ])
  })

  it('is done at once for an empty scope, and end stops early', () => {
    expect(startSession([]).phase).toBe('done')
    const s = run(startSession([card('a')]), { type: 'end' })
    expect(s.phase).toBe('done')
    expect(summarizeSession(s).cardsSeen).toBe(0)
  })
})
