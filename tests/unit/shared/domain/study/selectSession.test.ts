import { describe, expect, it } from 'vitest'
import {
  buildSession,
  entriesInScope,
  type ScopeContext
} from '../../../../../src/shared/domain/study/selectSession'
import { effectiveStudyState } from '../../../../../src/shared/domain/study/checklistImport'
import { scheduleReview } from '../../../../../src/shared/domain/study/scheduleReview'
import type { StudyScope } from '../../../../../src/shared/domain/study/types'
import { DEFAULT_STUDY_STATE, type StudyState } from '../../../../../src/shared/study'
import { FIXTURE } from './fixtureEntries'
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import { item } from '../catalog/helpers'

const NOW = Date.UTC(2026, 0, 15, 9, 0)
const DAY = 24 * 60 * 60 * 1000

function context(stored: Record<string, StudyState>, answered: string[] = []): ScopeContext {
  return {
    entries: FIXTURE,
    studyOf: (e) => effectiveStudyState(e, stored[e.id]),
    isAnswered: (id) => answered.includes(id),
    now: NOW
  }
}

function reviewed(grade: 1 | 3, at: number, extra: Partial<StudyState> = {}): StudyState {
  const { schedule } = scheduleReview('x', undefined, grade, at)
  return { ...DEFAULT_STUDY_STATE, status: 'learning', schedule, ...extra }
}

const ids = (scope: StudyScope, ctx: ScopeContext) => entriesInScope(scope, ctx).map((e) => e.id)

describe('entriesInScope', () => {
  const stored = {
    gil: reviewed(3, NOW - 10 * DAY, { favourite: true }),
    orm: reviewed(3, NOW)
  }
  const ctx = context(stored, ['orm'])

  it('covers each scope kind', () => {
    expect(ids({ kind: 'all' }, ctx)).toEqual(['gil', 'decorators', 'orm', 'middleware', 'signals'])
    expect(ids({ kind: 'source', source: 'python.md' }, ctx)).toEqual(['gil', 'decorators'])
    expect(ids({ kind: 'section', section: 'Python Core' }, ctx)).toEqual(['gil', 'decorators'])
    expect(ids({ kind: 'section', section: 'Python Core', source: 'mixed.md' }, ctx)).toEqual([
      'gil'
    ])
    expect(ids({ kind: 'favourites' }, ctx)).toEqual(['gil'])
    expect(ids({ kind: 'unanswered' }, ctx)).toEqual(['gil', 'decorators', 'middleware', 'signals'])
    expect(ids({ kind: 'unchecked' }, ctx)).toEqual(['orm', 'signals'])
    expect(ids({ kind: 'due' }, ctx)).toEqual(['gil'])
  })

  it("picks a source's section by that source's own heading of each entry", () => {
    const merged = buildCatalog([
      item('List vs tuple?', '000.txt', 1),
      item('What is pip?', '000.txt', 2, { section: 'Core Python' }),
      item('List vs tuple?', '003.txt', 9, { section: 'Core Python' })
    ]).entries
    const mergedCtx = { ...ctx, entries: merged }
    const prompts = (scope: StudyScope) => entriesInScope(scope, mergedCtx).map((e) => e.prompt)
    expect(prompts({ kind: 'section', section: 'Core Python', source: '000.txt' })).toEqual([
      'What is pip?'
    ])
    expect(prompts({ kind: 'section', section: 'Core Python', source: '003.txt' })).toEqual([
      'List vs tuple?'
    ])
    expect(prompts({ kind: 'section', section: 'Core Python' })).toHaveLength(2)
  })

  it('matches a search by plain words, or by the ids search returned, then filters', () => {
    expect(ids({ kind: 'search', query: 'about ORM' }, ctx)).toEqual(['orm'])
    const ranked = { ...ctx, searchIds: ['signals', 'missing', 'decorators', 'gil'] }
    expect(ids({ kind: 'search', query: 'ignored' }, ranked)).toEqual([
      'signals',
      'decorators',
      'gil'
    ])
    const filtered: StudyScope = { kind: 'search', query: '', filters: { status: ['learning'] } }
    expect(ids(filtered, ctx)).toEqual(['gil', 'decorators', 'orm', 'middleware'])
    expect(
      ids({ kind: 'search', query: '', filters: { checked: false, answered: false } }, ctx)
    ).toEqual(['gil', 'signals'])
  })
})

describe('buildSession', () => {
  it('puts due cards first (most overdue first), then new, then ahead-of-time', () => {
    const ctx = context({
      gil: reviewed(3, NOW - 5 * DAY),
      orm: reviewed(3, NOW - 20 * DAY),
      middleware: reviewed(3, NOW)
    })
    const session = buildSession({ kind: 'all' }, ctx)
    expect(session.cards.map((c) => c.id)).toEqual([
      'orm',
      'gil',
      'decorators',
      'signals',
      'middleware'
    ])
    expect(session.dueNow).toBe(2)
    expect(session.matched).toBe(5)
    expect(session.cards[2]).toMatchObject({
      due: null,
      status: 'learning',
      prompt: 'Question decorators?'
    })
  })

  it('honours the limit and keeps only due cards for the due scope', () => {
    const ctx = context({ gil: reviewed(1, NOW - DAY), orm: reviewed(3, NOW) })
    expect(buildSession({ kind: 'all' }, ctx, 2).cards).toHaveLength(2)
    expect(buildSession({ kind: 'due' }, ctx).cards.map((c) => c.id)).toEqual(['gil'])
    expect(buildSession({ kind: 'favourites' }, ctx).cards).toEqual([])
  })

  it('counts learning cards due later today and studies them early when asked', () => {
    // Graded Again two minutes ago: a learning step brings it back within minutes, today.
    const ctx = { ...context({ gil: reviewed(1, NOW - 2 * 60_000) }), dueBy: NOW + 8 * 3600_000 }
    const gilDue = ctx.studyOf(FIXTURE.find((e) => e.id === 'gil')!).schedule!.due
    expect(gilDue).toBeGreaterThan(NOW)
    const session = buildSession({ kind: 'due' }, ctx)
    expect(session.cards).toEqual([])
    expect(session.laterToday).toEqual({ count: 1, learning: 1, nextDue: gilDue })
    const early = buildSession({ kind: 'due' }, { ...ctx, early: true })
    expect(early.cards.map((c) => c.id)).toEqual(['gil'])
    expect(early.laterToday).toBeNull()
    // Due tomorrow is not "later today".
    const tomorrow = { ...ctx, dueBy: gilDue - 1 }
    expect(buildSession({ kind: 'due' }, tomorrow).laterToday).toBeNull()
  })
})
