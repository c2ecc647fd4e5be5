import { describe, expect, it } from 'vitest'
import { StudyService } from '../../../../../src/main/services/study/studyService'
import { createMemoryStore } from '../../../../../src/main/store/keyValueStore'

describe('StudyService', () => {
  it('stores only touched questions, with trimmed unique tags and a timestamp', () => {
    const store = createMemoryStore()
    const study = new StudyService(store, () => 42)
    expect(study.stored('gil')).toBeUndefined()
    const state = study.update('gil', { favourite: true, tags: [' py ', 'py', '', 'gil'] })
    expect(state).toEqual({ status: 'new', favourite: true, tags: ['py', 'gil'], updatedAt: 42 })
    expect(store.get('study')).toEqual({ gil: state })
  })

  it('applies a patch over the given base state', () => {
    const study = new StudyService(createMemoryStore(), () => 1)
    const base = { status: 'learning' as const, favourite: false, tags: ['x'], updatedAt: 0 }
    expect(study.update('q', { favourite: true }, base)).toEqual({
      status: 'learning',
      favourite: true,
      tags: ['x'],
      updatedAt: 1
    })
  })

  it('reads hand-edited state defensively and keeps the review schedule', () => {
    const schedule = {
      due: 5,
      stability: 1,
      difficulty: 2,
      elapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 1,
      lastReview: 4
    }
    const store = createMemoryStore({
      study: {
        a: { status: 'expert', favourite: 'yes', tags: ['ok', 3] },
        b: { status: 'confident', favourite: true, tags: [], updatedAt: 9, schedule },
        c: 'nonsense'
      }
    })
    const study = new StudyService(store)
    expect(study.stored('a')).toEqual({
      status: 'new',
      favourite: false,
      tags: ['ok'],
      updatedAt: 0
    })
    expect(study.stored('b')?.schedule).toEqual(schedule)
    expect(study.stored('c')).toBeUndefined()
  })
})
