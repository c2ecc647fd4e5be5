/** The plain data the exporters work on, and the files they produce. */
import type { CatalogEntry } from '../types'
import type { StudyState } from '../../study'

/** What the export is written as: Markdown, a spreadsheet (CSV) or an Anki package. */
export type ExportFormat = 'md' | 'csv' | 'apkg'

/** One Markdown file, or one file per section, or one file per question (with YAML front matter). */
export type ExportLayout = 'single' | 'per-section' | 'per-question'

/** What to export: the caller has already applied the scope (search, filters, answered only...). */
export interface ExportData {
  /** The selected entries, in the order they should appear. */
  entries: readonly CatalogEntry[]
  /** Personal answers by entry id, exactly as written (Markdown body, no front matter). */
  notes: Readonly<Record<string, string>>
  /** Study state by entry id; a missing id means the default (new, not favourite, no tags). */
  study: Readonly<Record<string, StudyState>>
  /**
   * The label each source goes by in the app (SourceRef.file → label), so an export says
   * "From Python notes — work/" as the app does; a file without one is named as it is.
   */
  sourceLabels?: Readonly<Record<string, string>>
}

export interface ExportOptions {
  layout: ExportLayout
  /** false leaves the reference answers out (a sheet of my own answers only). */
  includeReference: boolean
  /** When the export was made (epoch ms); passed in so output is reproducible. */
  exportedAt: number
  /** Document title; "Study Notebook" when not given. */
  title?: string
}

/** One output file, relative to the export target (a bare file name for the single layout). */
export interface ExportFile {
  relativePath: string
  content: string
}
