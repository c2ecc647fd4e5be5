/**
 * CSV / TSV question lists and Anki's "Notes in Plain Text" export. Papa Parse does the
 * splitting (quotes, embedded separators and newlines); this module only decides which column
 * means what. A separator is taken from Anki's `#separator:` line, a `.tsv` name, or Papa's
 * guess, which keeps the candidate giving every row the same number of fields.
 */

import Papa from 'papaparse'
import { extractLinks } from '../parse/cleanText'
import type { ParsedItem } from '../types'
import { defaultRoles, rolesFromHeader, type ColumnRoles } from './csvColumns'
import { readCsvHeaderLines } from './csvHeaderLines'
import { decodeDocument, normaliseNewlines } from '../parse/decodeDocument'
import { htmlFragmentToMarkdown, markdownAsPromptText } from './htmlToMarkdown'
import type { Importer, ImportResult } from './types'

/** A longer cell is cut (and said so): no question list needs a 256 KB answer. */
export const MAX_CSV_FIELD_CHARS = 256 * 1024

export const csvImporter: Importer = {
  name: 'CSV',
  // Anki's "Notes in Plain Text" export is a `.txt` that starts with its header lines.
  extensions: ['.csv', '.tsv', '.txt'],
  detect: (bytes, file) => !/\.txt$/i.test(file) || startsWithAnkiHeader(bytes),
  read: async (bytes, file) => readCsv(decodeDocument(bytes, file), file)
}

function startsWithAnkiHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '')
  return /^#(?:separator|html|columns|notetype|deck|tags column):/i.test(head)
}

/** Parses CSV text into one question per row. */
export function readCsv(source: string, file: string): ImportResult {
  const text = normaliseNewlines(source)
  const header = readCsvHeaderLines(text)
  const body = text.slice(header.length)
  const rows = splitRows(
    body,
    header.separator ?? (file.toLowerCase().endsWith('.tsv') ? '\t' : '')
  )
  const warnings: string[] = []
  const first = rows[0]
  const fromHeader = first ? rolesFromHeader(first.cells) : null
  const named = header.columns ? rolesFromHeader(header.columns) : null
  const width = rows.slice(0, 50).reduce((w, r) => Math.max(w, r.cells.length), 0)
  const roles =
    fromHeader ??
    named ??
    defaultRoles(width, {
      tags: header.tagsColumn,
      deck: header.deckColumn,
      guid: header.guidColumn,
      notetype: header.notetypeColumn
    })
  if (!fromHeader && !named && width < 2)
    warnings.push('Only one column found: every row became a question without an answer.')
  const html = header.html ?? mostlyHtml(rows)
  const items: ParsedItem[] = []
  let skipped = 0
  let cut = 0
  for (const row of fromHeader ? rows.slice(1) : rows) {
    const cell = (i: number | null): string => {
      const value = i === null ? '' : (row.cells[i] ?? '')
      if (value.length > MAX_CSV_FIELD_CHARS) cut++
      const bounded =
        value.length > MAX_CSV_FIELD_CHARS ? value.slice(0, MAX_CSV_FIELD_CHARS) : value
      return (html ? htmlFragmentToMarkdown(bounded) : bounded).trim()
    }
    const prompt = html
      ? markdownAsPromptText(cell(roles.prompt))
      : cell(roles.prompt).replace(/\s*\n\s*/g, ' ')
    if (!prompt) {
      if (row.cells.some((c) => c.trim() !== '')) skipped++
      continue
    }
    const item = rowItem(prompt, answerOf(roles, cell), cell(roles.section) || null, file, row.line)
    const tags = splitTags(cell(roles.tags))
    if (tags.length > 0) item.tags = tags
    items.push(item)
  }
  const base = header.lineCount
  for (const item of items) item.source.line += base
  if (skipped > 0)
    warnings.push(
      `${skipped} ${skipped === 1 ? 'row has' : 'rows have'} no question text and ${skipped === 1 ? 'was' : 'were'} skipped.`
    )
  if (cut > 0)
    warnings.push(
      `${cut} ${cut === 1 ? 'field was' : 'fields were'} longer than 256 KB and ${cut === 1 ? 'was' : 'were'} cut.`
    )
  return { items, warnings }
}

function answerOf(roles: ColumnRoles, cell: (i: number | null) => string): string | null {
  const parts = [cell(roles.answer), ...roles.extra.map((i) => cell(i))].filter((p) => p !== '')
  return parts.length > 0 ? parts.join('\n\n') : null
}

function rowItem(
  prompt: string,
  answer: string | null,
  section: string | null,
  file: string,
  line: number
): ParsedItem {
  const links = extractLinks(`${prompt}\n${answer ?? ''}`)
  return { kind: 'question', prompt, answer, section, source: { file, line }, checked: null, links }
}

interface Row {
  cells: string[]
  /** 1-based line where the row starts, within the CSV body. */
  line: number
}

function splitRows(body: string, delimiter: string): Row[] {
  const rows: Row[] = []
  let line = 1
  let offset = 0
  Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: 'greedy',
    step: (result) => {
      // `cursor` is just past the row: the row starts after the previous one and any blank lines.
      while (offset < body.length && body.charCodeAt(offset) === 10) {
        line++
        offset++
      }
      rows.push({ cells: result.data, line })
      for (; offset < result.meta.cursor; offset++) if (body.charCodeAt(offset) === 10) line++
    }
  })
  return rows
}

/** Anki separates tags with spaces; spreadsheets often with commas or semicolons. */
export function splitTags(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter((tag) => tag !== ''))]
}

// Without Anki's `#html:` line, a file is HTML only when most filled cells are: a spreadsheet
// whose answer mentions `<b>` must keep that text.
function mostlyHtml(rows: readonly Row[]): boolean {
  let filled = 0
  let html = 0
  for (const row of rows) {
    for (const cell of row.cells) {
      if (cell.trim() === '') continue
      filled++
      if (looksLikeHtml(cell)) html++
    }
  }
  return html * 2 > filled
}

function looksLikeHtml(cell: string): boolean {
  return /<(?:br|div|p|b|i|u|strong|em|span|ul|ol|li|code|pre|img|a|sup|sub)\b[^>]*>/i.test(cell)
}
