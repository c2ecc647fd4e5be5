import { describe, expect, it } from 'vitest'
import {
  replayStudyLogs,
  type LogText
} from '../../../../../src/shared/domain/study/replayStudyLogs'
import { scheduleReview } from '../../../../../src/shared/domain/study/scheduleReview'
import type { StateEvent } from '../../../../../src/shared/domain/study/studyLogLines'
import type { ReviewGrade, ReviewRecord } from '../../../../../src/shared/domain/study/types'

const DAY = 86_400_000
const T0 = Date.UTC(2026, 0, 5, 9)

function review(id: string, at: number, grade: ReviewGrade, rid: string): ReviewRecord {
  // The record as the app writes it; the replay recomputes the schedule from grade and time.
  return { ...scheduleReview(id, undefined, grade, at).record, rid }
}

const log = (source: string, lines: object[]): LogText => ({
  source,
  text: lines.map((l) => JSON.stringify(l)).join('\n') + '\n'
})

const event = (eid: string, id: string, at: number, fields: Partial<StateEvent>): StateEvent => ({
  v: 1,
  eid,
  id,
  at,
  ...fields
})

describe('replayStudyLogs', () => {
  const a = [
    review('gil', T0, 3, 'a-1'),
    review('gil', T0 + 2 * DAY, 2, 'a-2'),
    review('asyncio', T0 + 3 * DAY, 1, 'a-3')
  ]
  const b = [
    review('gil', T0 + DAY, 4, 'b-1'),
    review('asyncio', T0 + DAY, 3, 'b-2'),
    review('gil', T0 + 5 * DAY, 3, 'b-3')
  ]

  it("gives two devices' interleaved logs the schedule of one device doing all reviews in order", () => {
    const two = replayStudyLogs({ reviews: [log('a', a), log('b', b)], events: [] })
    const inOrder = [...a, ...b].sort((x, y) => x.at - y.at)
    const one = replayStudyLogs({ reviews: [log('solo', inOrder)], events: [] })
    expect(two.states).toEqual(one.states)
    expect(two.states.get('gil')!.schedule!.reps).toBe(4)
    expect(two.reviews.map((r) => r.rid)).toEqual(['a-1', 'b-1', 'b-2', 'a-2', 'a-3', 'b-3'])
  })

  it('does not depend on the order the logs are listed in', () => {
    const ab = replayStudyLogs({ reviews: [log('a', a), log('b', b)], events: [] })
    const ba = replayStudyLogs({ reviews: [log('b', b), log('a', a)], events: [] })
    expect(ba.states).toEqual(ab.states)
    expect(ba.reviews).toEqual(ab.reviews)
  })

  it('counts a review seen twice (a conflict copy, a log copied in twice) once', () => {
    const once = replayStudyLogs({ reviews: [log('a', a)], events: [] })
    const twice = replayStudyLogs({
      reviews: [log('a', [...a, a[0]!]), log('a (conflicted copy 2026-01-09)', a)],
      events: []
    })
    expect(twice.states).toEqual(once.states)
    expect(twice.reviews).toHaveLength(3)
  })

  it('ignores a truncated last line with a warning, never a crash', () => {
    const full = log('a', a).text
    const torn = { source: 'reviews/a.jsonl', text: full + JSON.stringify(b[0]).slice(0, 30) }
    const result = replayStudyLogs({ reviews: [torn], events: [] })
    expect(result.reviews).toHaveLength(3)
    expect(result.skipped).toBe(1)
    expect(result.warnings).toEqual([expect.stringContaining('reviews/a.jsonl is incomplete')])
    expect(
      replayStudyLogs({ reviews: [{ source: 'x', text: '\u0000{{{' }], events: [] }).skipped
    ).toBe(1)
  })

  it('keeps the latest value of each hand-set field, whichever device set it', () => {
    const result = replayStudyLogs({
      reviews: [],
      events: [
        log('a', [
          event('a-1', 'gil', T0, { favourite: true, tags: ['gil'] }),
          event('a-2', 'gil', T0 + 3 * DAY, { status: 'confident' })
        ]),
        log('b', [
          event('b-1', 'gil', T0 + DAY, { tags: ['threads'] }),
          event('b-2', 'gil', T0 + 2 * DAY, { status: 'learning' })
        ])
      ]
    })
    expect(result.states.get('gil')).toEqual({
      status: 'confident',
      favourite: true,
      tags: ['threads'],
      updatedAt: T0 + 3 * DAY
    })
  })

  it('lets a status set right after grading win over the review at the same instant', () => {
    const result = replayStudyLogs({
      reviews: [log('a', [review('gil', T0, 1, 'a-1')])],
      events: [log('a', [event('a-1', 'gil', T0, { status: 'confident' })])]
    })
    expect(result.states.get('gil')!.status).toBe('confident')
    expect(result.states.get('gil')!.schedule!.reps).toBe(1)
  })
})
