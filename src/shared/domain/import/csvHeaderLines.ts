/**
 * Anki's "Notes in Plain Text" header lines (`#separator:tab`, `#html:true`, `#tags column:3`,
 * `#columns:Front,Back`, …) at the top of a CSV/TSV file: read here, written by the CSV exporter.
 */

export interface CsvHeaderLines {
  separator?: string
  html?: boolean
  /** 1-based, as Anki writes it. */
  tagsColumn?: number
  deckColumn?: number
  /** Anki's note id and note type columns: bookkeeping, never a field. */
  guidColumn?: number
  notetypeColumn?: number
  columns?: string[]
  /** How many lines the header took. */
  lineCount: number
  /** Characters the header took (the CSV body starts there). */
  length: number
}

const SEPARATOR_NAMES: Record<string, string> = {
  comma: ',',
  semicolon: ';',
  tab: '\t',
  space: ' ',
  pipe: '|',
  colon: ':'
}

/** Reads the `#key:value` lines that start a file; stops at the first line that is not one. */
export function readCsvHeaderLines(text: string): CsvHeaderLines {
  const header: CsvHeaderLines = { lineCount: 0, length: 0 }
  let offset = 0
  while (offset < text.length && text.startsWith('#', offset)) {
    const end = text.indexOf('\n', offset)
    const line = text.slice(offset, end === -1 ? text.length : end).replace(/\r$/, '')
    const colon = line.indexOf(':')
    if (colon === -1) break
    const key = line.slice(1, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    if (!applyHeaderLine(header, key, value)) break
    header.lineCount++
    offset = end === -1 ? text.length : end + 1
    header.length = offset
  }
  return header
}

function applyHeaderLine(header: CsvHeaderLines, key: string, value: string): boolean {
  switch (key) {
    case 'separator':
      header.separator = SEPARATOR_NAMES[value.toLowerCase()] ?? value.slice(0, 1)
      return true
    case 'html':
      header.html = value.toLowerCase() === 'true'
      return true
    case 'tags column':
      header.tagsColumn = positiveInt(value)
      return true
    case 'deck column':
      header.deckColumn = positiveInt(value)
      return true
    case 'columns':
      header.columns = value.split(header.separator ?? /[,\t;]/).map((c) => c.trim())
      return true
    case 'guid column':
      header.guidColumn = positiveInt(value)
      return true
    case 'notetype column':
      header.notetypeColumn = positiveInt(value)
      return true
    case 'notetype':
    case 'deck':
    case 'tags':
      return true
    default:
      return false
  }
}

function positiveInt(value: string): number | undefined {
  const n = Number.parseInt(value, 10)
  return Number.isFinite(n) && n > 0 ? n : undefined
}

/** The header lines the CSV exporter writes, so Anki imports the file without questions. */
export function writeCsvHeaderLines(columns: readonly string[], tagsColumn: number): string {
  return [
    '#separator:comma',
    '#html:false',
    `#columns:${columns.join(',')}`,
    `#tags column:${tagsColumn}`
  ].join('\n')
}
