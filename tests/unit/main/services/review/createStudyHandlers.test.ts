import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createStudyHandlers,
  type StudyHandlerDeps
} from '../../../../../src/main/services/review/createStudyHandlers'
import { StudyLogStore } from '../../../../../src/main/services/studyLog/studyLogStore'
import { localDay } from '../../../../../src/shared/domain/study/computeProgress'
import { FIXTURE } from '../../../shared/domain/study/fixtureEntries'
import type { SearchHit } from '../../../../../src/shared/ipc/types'

const NOW = Date.UTC(2026, 0, 15, 9, 0)
const DAY = 24 * 60 * 60 * 1000

let dataDir: string
let clock: number
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'study-handlers-'))
  clock = NOW
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

/** The notebook folder's study logs for this device, read from disk, as the app opens them. */
async function openStudy(): Promise<StudyLogStore> {
  const study = new StudyLogStore({ notebookDir: dataDir, deviceId: 'laptop', now: () => clock })
  await study.load()
  return study
}

/** The handlers over `study`, wired as the notebook service wires them. */
function handlersOver(study: StudyLogStore, extra: Partial<StudyHandlerDeps> = {}) {
  return createStudyHandlers({
    getEntries: () => FIXTURE,
    getStudy: (id) => study.stored(id),
    setStudy: () => {},
    history: {
      append: async (record) => void (await study.recordReview(record)),
      read: () => study.reviews()
    },
    now: () => clock,
    ...extra
  })
}

/** A fresh "app start": the logs read again from disk, new handlers over them. */
async function boot(answered: string[] = []) {
  const study = await openStudy()
  const handlers = handlersOver(study, {
    answeredIds: () => new Set(answered),
    utcOffsetMinutes: () => 0
  })
  return { handlers, study }
}

describe('study handlers', () => {
  it('starts a session in catalog order with checklist-imported statuses', async () => {
    const { handlers } = await boot()
    const session = await handlers['study:startSession']({ scope: { kind: 'all' }, limit: 3 })
    expect(session.matched).toBe(5)
    expect(session.cards.map((c) => [c.id, c.status, c.due])).toEqual([
      ['gil', 'new', null],
      ['decorators', 'learning', null],
      ['orm', 'new', null]
    ])
    const unanswered = await (
      await boot(['gil'])
    ).handlers['study:startSession']({ scope: { kind: 'unanswered' } })
    expect(unanswered.cards.map((c) => c.id)).not.toContain('gil')
  })

  it('logs each review, stores the schedule, and Good moves the card out', async () => {
    const { handlers, study } = await boot()
    const result = await handlers['study:review']({ id: 'gil', grade: 3, draft: 'GIL is a lock' })
    expect(result.status).toBe('learning')
    expect(result.schedule.due - NOW).toBeGreaterThanOrEqual(DAY)
    expect(study.stored('gil')?.schedule).toEqual(result.schedule)
    const lines = (await readFile(study.reviewLogPath, 'utf8')).trim().split('\n')
    expect(lines.map((l) => JSON.parse(l))).toMatchObject([
      { id: 'gil', grade: 3, at: NOW, draft: 'GIL is a lock', due: result.schedule.due }
    ])
    // A review is one line of this device's review log and nothing else.
    expect(study.reviewLogPath).toBe(join(dataDir, 'reviews', 'laptop.jsonl'))
    expect(await readdir(dataDir)).toEqual(['reviews'])
  })

  it('brings a card graded Again back in the due scope the same day', async () => {
    const { handlers } = await boot()
    const again = await handlers['study:review']({ id: 'orm', grade: 1 })
    expect(localDay(again.schedule.due)).toBe(localDay(NOW))
    expect((await handlers['study:startSession']({ scope: { kind: 'due' } })).cards).toEqual([])
    clock = again.schedule.due
    const due = await handlers['study:startSession']({ scope: { kind: 'due' } })
    expect(due.cards.map((c) => c.id)).toEqual(['orm'])
  })

  it('keeps schedules, statuses and history across a restart', async () => {
    const first = await boot()
    await first.handlers['study:review']({ id: 'gil', grade: 3 })
    await first.handlers['study:review']({ id: 'decorators', grade: 1 })
    clock = NOW + DAY
    await first.handlers['study:review']({ id: 'decorators', grade: 3 })

    const second = await boot()
    expect(second.study.stored('gil')?.schedule).toEqual(first.study.stored('gil')?.schedule)
    expect(second.study.stored('decorators')?.schedule?.reps).toBe(2)
    const progress = await second.handlers['study:progress']({ days: 7 })
    expect(progress.totalReviews).toBe(3)
    expect(progress.days.slice(-2).map((d) => d.reviews)).toEqual([2, 1])
    expect(progress.streak).toBe(2)
    // gil and decorators reviewed; middleware checked in its source; orm and signals untouched.
    expect(progress.totals).toMatchObject({ total: 5, new: 2, learning: 3, confident: 0 })
  })

  it('lets a status set by hand win over the checklist after a restart', async () => {
    const first = await boot()
    await first.study.update('decorators', { status: 'new' }, first.study.stored('decorators'))
    const second = await boot()
    const session = await second.handlers['study:startSession']({ scope: { kind: 'all' } })
    expect(session.cards.find((c) => c.id === 'decorators')?.status).toBe('new')
  })

  it('orders a search session by the notebook search and applies its filters', async () => {
    const queries: string[] = []
    const handlers = handlersOver(await openStudy(), {
      search: async (request) => {
        queries.push(request.query)
        const ids = ['signals', 'middleware', 'gil']
        const hits = ids.map((id) => ({ id }) as SearchHit)
        return { total: hits.length, hits, fallback: false, tookMs: 0 }
      }
    })
    const scope = { kind: 'search', query: 'django', filters: { checked: false } } as const
    const session = await handlers['study:startSession']({
      scope: { ...scope, filters: { checked: false } }
    })
    expect(queries).toEqual(['django'])
    // middleware is checked in its source, so the filter drops it.
    expect(session.cards.map((c) => c.id)).toEqual(['signals', 'gil'])
  })

  it('rejects a review of a question that is not in the notebook', async () => {
    const { handlers } = await boot()
    await expect(handlers['study:review']({ id: 'nope', grade: 3 })).rejects.toThrow(/nope/)
  })
})
