/**
 * The main-process export: renders the selected entries with the pure exporter and writes the
 * result atomically. Called by `exportNotebook` for the Markdown format.
 */
import type { ExportRequest, ExportResult } from '../../../shared/ipc/types'
import type { ExportData } from '../../../shared/domain/export/types'
import { buildMarkdownExport } from '../../../shared/domain/export/buildMarkdownExport'
import { writeExportFiles, type WriteOptions } from './writeExportFiles'

export interface ExportMarkdownOptions extends WriteOptions {
  /** Export time (epoch ms) printed in the files; defaults to now. */
  now?: number
  title?: string
}

/**
 * Exports `data` (already narrowed to the request's scope by the caller: query, filters,
 * answered only...) to `request.out` in `request.layout`. Throws ExportWriteError with a
 * user-facing message on failure, leaving no partial file.
 */
export async function exportMarkdown(
  request: Pick<ExportRequest, 'out' | 'layout' | 'includeReference'>,
  data: ExportData,
  options: ExportMarkdownOptions = {}
): Promise<ExportResult> {
  const files = buildMarkdownExport(data, {
    layout: request.layout,
    includeReference: request.includeReference,
    exportedAt: options.now ?? Date.now(),
    ...(options.title !== undefined ? { title: options.title } : {})
  })
  const target = request.layout === 'single' ? ('file' as const) : ('folder' as const)
  const written = await writeExportFiles({ kind: target, path: request.out }, files, options)
  return { written, questionCount: data.entries.length }
}
