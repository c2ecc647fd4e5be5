/**
 * The filter chips' state and the one function that turns it, with the query, into the
 * `SearchRequest` sent to the main process. Kept pure so the mapping is unit-tested.
 */
import type { SearchFilters, SearchRequest } from '@shared/ipc/types'
import type { StudyStatus } from '@shared/study'

/** What the chips and the sidebar can select. `undefined` means "do not filter on it". */
export interface FilterState {
  sources: string[]
  sections: string[]
  status: StudyStatus[]
  answered?: boolean
  checked?: boolean
  favourite: boolean
}

export const EMPTY_FILTERS: FilterState = {
  sources: [],
  sections: [],
  status: [],
  favourite: false
}

/** True when any chip or sidebar selection narrows the results. */
export function hasActiveFilters(f: FilterState): boolean {
  return (
    f.sources.length > 0 ||
    f.sections.length > 0 ||
    f.status.length > 0 ||
    f.answered !== undefined ||
    f.checked !== undefined ||
    f.favourite
  )
}

/** Maps chips to the contract's filters, leaving out everything that is not set. */
export function toSearchFilters(f: FilterState): SearchFilters | undefined {
  const out: SearchFilters = {}
  if (f.sources.length > 0) out.sources = [...f.sources]
  if (f.sections.length > 0) out.sections = [...f.sections]
  if (f.status.length > 0) out.status = [...f.status]
  if (f.answered !== undefined) out.answered = f.answered
  if (f.checked !== undefined) out.checked = f.checked
  if (f.favourite) out.favourite = true
  return Object.keys(out).length > 0 ? out : undefined
}

/** Builds the request for one page of results. */
export function buildSearchRequest(
  query: string,
  filters: FilterState,
  page: { limit: number; offset?: number; ranges?: SearchRequest['ranges'] }
): SearchRequest {
  const request: SearchRequest = { query: query.trim().slice(0, 1000), limit: page.limit }
  if (page.ranges) request.ranges = page.ranges
  const searchFilters = toSearchFilters(filters)
  if (searchFilters) request.filters = searchFilters
  if (page.offset) request.offset = page.offset
  return request
}

/** Adds `value` to `list` if absent, removes it if present. */
export function toggleIn<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}
