/** Turns the export dialog's choices into the `export:markdown` request. */
import type { ExportRequest, PathPickRequest } from '@shared/ipc/types'
import {
  hasActiveFilters,
  toSearchFilters,
  type FilterState
} from '@renderer/features/search/filterState'

export type ExportLayout = ExportRequest['layout']
export type ExportScope = 'current' | 'all'

export interface ExportChoices {
  layout: ExportLayout
  includeReference: boolean
  scope: ExportScope
}

/** The save dialog to show: a file for one Markdown file, a folder otherwise. */
export function exportPickRequest(layout: ExportLayout, now = new Date()): PathPickRequest {
  if (layout !== 'single') return { kind: 'export-folder' }
  return { kind: 'export-file', defaultName: `study-notebook-${now.toISOString().slice(0, 10)}.md` }
}

/** The request for a chosen path; scope "current" carries the live query and filters. */
export function buildExportRequest(
  out: string,
  choices: ExportChoices,
  current: { query: string; filters: FilterState }
): ExportRequest {
  const request: ExportRequest = {
    out,
    layout: choices.layout,
    includeReference: choices.includeReference
  }
  if (choices.scope === 'current') {
    const query = current.query.trim()
    if (query) request.query = query
    const filters = toSearchFilters(current.filters)
    if (filters) request.filters = filters
  }
  return request
}

/** True when "current search + filters" would differ from "everything". */
export function hasCurrentScope(current: { query: string; filters: FilterState }): boolean {
  return current.query.trim().length > 0 || hasActiveFilters(current.filters)
}
