import { describe, expect, it } from 'vitest'
import {
  CHECKED_IMPORT_STATUS,
  effectiveStudyState,
  initialStudyState
} from '../../../../../src/shared/domain/study/checklistImport'
import { DEFAULT_STUDY_STATE, type StudyState } from '../../../../../src/shared/study'
import { FIXTURE } from './fixtureEntries'

describe('checklist import', () => {
  it('starts questions checked [x] in a source as already studied', () => {
    const statuses = FIXTURE.map((e) => [e.id, initialStudyState(e).status])
    expect(statuses).toEqual([
      ['gil', 'new'],
      ['decorators', CHECKED_IMPORT_STATUS],
      ['orm', 'new'],
      ['middleware', CHECKED_IMPORT_STATUS],
      ['signals', 'new']
    ])
  })

  it('lets a stored state (the user changing it) win over the checklist', () => {
    const stored: StudyState = { ...DEFAULT_STUDY_STATE, status: 'new', updatedAt: 5 }
    expect(effectiveStudyState({ checked: true }, stored)).toBe(stored)
    expect(effectiveStudyState({ checked: true }, undefined).status).toBe('learning')
  })

  it('hands out a fresh tags array each time, never the shared default', () => {
    for (const checked of [null, false, true]) initialStudyState({ checked }).tags.push('x')
    expect(initialStudyState({ checked: true }).tags).toEqual([])
    expect(DEFAULT_STUDY_STATE.tags).toEqual([])
  })
})
