/** The Markdown export: what callers outside this folder use. */
export type { ExportData, ExportFile, ExportLayout, ExportOptions } from './types'
export { buildMarkdownExport, SINGLE_FILE_NAME } from './buildMarkdownExport'
export { selectEntries, type ExportScope } from './selectEntries'
export { isNotebookExport } from './exportMarkers'
