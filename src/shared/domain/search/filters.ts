/** The search filters (source, section, status, answered, checked, favourite) as a predicate. */
import type { SearchFilters } from './types'
import type { Occurrence } from '../types'
import type { EngineEntry } from './engineEntry'
import { sectionOf } from '../catalog/occurrenceSections'
import type { StudyState } from '../../study'
import { effectiveStudyState } from '../study/checklistImport'

/** What a filter needs to know about the user's side of an entry. */
export interface PersonalView {
  study(id: string): StudyState | undefined
  /** True when the user has written a non-blank answer. */
  answered(id: string): boolean
}

/** True when `filters` restricts nothing. */
export function isUnfiltered(filters: SearchFilters | undefined): boolean {
  if (!filters) return true
  return (
    filters.sources === undefined &&
    filters.sections === undefined &&
    filters.status === undefined &&
    filters.answered === undefined &&
    filters.checked === undefined &&
    filters.favourite === undefined
  )
}

/** Builds the predicate for `filters`; every given filter must hold (an empty list matches none). */
export function makeFilter(
  filters: SearchFilters | undefined,
  personal: PersonalView
): (entry: EngineEntry) => boolean {
  if (isUnfiltered(filters)) return () => true
  const f = filters!
  const sources = f.sources && new Set(f.sources)
  const sections = f.sections && new Set(f.sections)
  const statuses = f.status && new Set(f.status)
  // Source and section are judged per occurrence, so "source A, section S" means asked in A
  // under S (NO_SECTION for no heading), never S from some other source.
  const placed = (ref: Occurrence) =>
    (!sources || sources.has(ref.file)) && (!sections || sections.has(sectionOf(ref)))
  return (entry) => {
    if ((sources || sections) && !entry.occurrences.some(placed)) return false
    if (f.checked !== undefined && entry.checked !== f.checked) return false
    if (f.answered !== undefined && personal.answered(entry.id) !== f.answered) return false
    if (statuses || f.favourite !== undefined) {
      // Never touched: the state it starts in (a `[x]` item of a checklist starts as Learning).
      const study = effectiveStudyState(entry, personal.study(entry.id))
      if (statuses && !statuses.has(study.status)) return false
      if (f.favourite !== undefined && study.favourite !== f.favourite) return false
    }
    return true
  }
}
