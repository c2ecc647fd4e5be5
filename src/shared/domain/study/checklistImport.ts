/**
 * The checklist a person kept counts: a question ticked `[x]` in any source starts as already
 * studied. Applied only where no study state is stored, so any status the user sets later wins.
 */
import type { CatalogEntry } from '../types'
import { DEFAULT_STUDY_STATE, type StudyState } from '../../study'

/** Status given to questions checked in a source that the user has never touched. */
export const CHECKED_IMPORT_STATUS = 'learning' as const

/** The study state a question starts with when nothing is stored for it. */
export function initialStudyState(entry: Pick<CatalogEntry, 'checked'>): StudyState {
  // A fresh tags array each time: callers may mutate what they get, never the shared default.
  const status = entry.checked === true ? CHECKED_IMPORT_STATUS : DEFAULT_STUDY_STATE.status
  return { ...DEFAULT_STUDY_STATE, status, tags: [] }
}

/** The stored state when there is one, otherwise the checklist-derived starting state. */
export function effectiveStudyState(
  entry: Pick<CatalogEntry, 'checked'>,
  stored: StudyState | undefined
): StudyState {
  return stored ?? initialStudyState(entry)
}
