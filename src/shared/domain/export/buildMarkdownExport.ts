/**
 * The pure Markdown exporter: selected entries, my answers and study state in, files out.
 * Writing them (atomically, with progress) is the main process's job.
 */
import type { ExportData, ExportFile, ExportOptions } from './types'
import { renderPerQuestion, renderPerSection } from './renderFolder'
import { renderSingleFile } from './renderSingleFile'

/** File name suggested for the single-file layout (the writer uses the chosen path instead). */
export const SINGLE_FILE_NAME = 'study-notebook.md'

/**
 * Renders the export. The single layout yields exactly one file; the folder layouts yield
 * `index.md` followed by one file per section or per question, with unique portable names.
 */
export function buildMarkdownExport(data: ExportData, options: ExportOptions): ExportFile[] {
  switch (options.layout) {
    case 'single':
      return [{ relativePath: SINGLE_FILE_NAME, content: renderSingleFile(data, options) }]
    case 'per-section':
      return renderPerSection(data, options)
    case 'per-question':
      return renderPerQuestion(data, options)
  }
}
