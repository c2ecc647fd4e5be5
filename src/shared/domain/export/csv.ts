/**
 * The CSV export: one row per question (Question, My answer, Reference answers, Section, Tags,
 * Status), written by Papa Parse so commas, quotes and line breaks inside cells are quoted.
 *
 * Two variants, because one file cannot serve both readers well:
 * - `spreadsheet` (default): a header row and a UTF-8 byte order mark (Excel needs it to read
 *   accents), and cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR
 *   at the start) prefixed with `'`: question lists come from untrusted documents. Anki's `#`
 *   header lines are left out; a spreadsheet would show them as four extra rows.
 * - `anki`: Anki's header lines (`#separator:comma`, `#columns:…`, `#tags column:5`) instead of
 *   a header row, cells as written, so Anki's "Import File" maps the columns by itself.
 */
import Papa from 'papaparse'
import { writeCsvHeaderLines } from '../import/csvHeaderLines'
import type { ExportData } from './types'
import { questionRecords, type QuestionRecord } from './questionRecords'
import { ankiTags } from './anki/ankiTags'

export const CSV_COLUMNS = [
  'Question',
  'My answer',
  'Reference answers',
  'Section',
  'Tags',
  'Status'
] as const

/** 1-based, as Anki counts it. */
const TAGS_COLUMN = CSV_COLUMNS.indexOf('Tags') + 1

export type CsvVariant = 'spreadsheet' | 'anki'

export interface CsvExportOptions {
  includeReference: boolean
  variant?: CsvVariant
}

/** File name suggested for a CSV export. */
export const CSV_FILE_NAME = 'study-notebook.csv'

// Any cell starting like a formula, on any line count (Papa's own pattern misses multi-line cells).
const FORMULA_START = /^[=+\-@\t\r]/

function referencesCell(record: QuestionRecord): string {
  return record.references.map((r) => `${r.from}\n${r.markdown.trim()}`).join('\n\n')
}

function row(record: QuestionRecord): string[] {
  return [
    record.prompt,
    record.myAnswer ?? '',
    referencesCell(record),
    record.section ?? '',
    // The section is its own column here; tags are the user's own, in Anki's form (no spaces).
    ankiTags([], record.tags).join(' '),
    record.status
  ]
}

/** Renders the export as CSV text (one header, then one row per question). */
export function buildCsvExport(data: ExportData, options: CsvExportOptions): string {
  const rows = questionRecords(data, options.includeReference).map(row)
  if (options.variant === 'anki') {
    const body = Papa.unparse(rows, { newline: '\n' })
    return `${writeCsvHeaderLines(CSV_COLUMNS, TAGS_COLUMN)}\n${body}${rows.length > 0 ? '\n' : ''}`
  }
  const table = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START }
  )
  return `\ufeff${table}\r\n`
}
