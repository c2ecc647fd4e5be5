/** Turns the export dialog's choices into the `export:run` request. */
import type { ExportFormat, ExportRequest, PathPickRequest } from '@shared/ipc/types'
import {
  hasActiveFilters,
  toSearchFilters,
  type FilterState
} from '@renderer/features/search/filterState'

export type ExportLayout = ExportRequest['layout']
export type ExportScope = 'current' | 'all'
export type { ExportFormat }

export interface ExportChoices {
  format: ExportFormat
  /** Markdown only. */
  layout: ExportLayout
  includeReference: boolean
  scope: ExportScope
}

/** The save dialog to show: a file named for the format, or a folder for Markdown folders. */
export function exportPickRequest(
  choices: Pick<ExportChoices, 'format' | 'layout'>,
  now = new Date()
): PathPickRequest {
  const { format, layout } = choices
  if (format === 'md' && layout !== 'single') return { kind: 'export-folder' }
  const defaultName = `study-notebook-${now.toISOString().slice(0, 10)}.${format}`
  return { kind: 'export-file', defaultName, format }
}

/** The request for a chosen path; scope "current" carries the live query and filters. */
export function buildExportRequest(
  out: string,
  choices: ExportChoices,
  current: { query: string; filters: FilterState }
): ExportRequest {
  const request: ExportRequest = {
    out,
    format: choices.format,
    // CSV and Anki exports are one file whatever layout was last chosen for Markdown.
    layout: choices.format === 'md' ? choices.layout : 'single',
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
