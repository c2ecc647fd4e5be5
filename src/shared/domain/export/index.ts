/** The exporters (Markdown, CSV, Anki): what callers outside this folder use. */
export type { ExportData, ExportFile, ExportFormat, ExportLayout, ExportOptions } from './types'
export { buildMarkdownExport, SINGLE_FILE_NAME } from './buildMarkdownExport'
export { buildCsvExport, CSV_COLUMNS, CSV_FILE_NAME, type CsvVariant } from './csv'
export { selectEntries, type ExportScope } from './selectEntries'
export { scopeTitle } from './scopeTitle'
export { isNotebookExport } from './exportMarkers'
