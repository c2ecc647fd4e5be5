/**
 * The one shape every importer produces: the parser's items plus plain-language warnings.
 * Importers are plain objects listed in one ordered table (`importers.ts`); the first whose
 * `detect` accepts a file reads it. Libraries that need Node or WebAssembly (SQLite, Word, PDF)
 * reach the domain as ports, so this folder stays runnable anywhere.
 */

import type { UnusedLine } from '../parse/parseReport'
import type { ParsedItem } from '../types'

/** A read-only SQLite database opened from bytes (Anki collections). */
export interface SqliteDatabase {
  /** Rows of a query as plain objects (column name → value). */
  all(sql: string): Array<Record<string, unknown>>
  /** Whether a table exists. */
  hasTable(name: string): boolean
  close(): void
}

/** One PDF page as lines of text in reading order. */
export type PdfPage = string[]

/** What the main process lends the importers. Loaded lazily: a CSV import never loads SQLite. */
export interface ImportPorts {
  /** `unknownCollations`: collations the file's schema names that only its own app defines. */
  openSqlite(
    bytes: Uint8Array,
    options?: { unknownCollations?: readonly string[] }
  ): Promise<SqliteDatabase>
  docxToHtml(bytes: Uint8Array): Promise<{ html: string; warnings: string[] }>
  pdfToPages(bytes: Uint8Array): Promise<PdfPage[]>
}

export interface ImportResult {
  items: ParsedItem[]
  warnings: string[]
  /** Lines of the (converted) text that went into no item, when the text path parsed it. */
  unusedLines?: UnusedLine[]
  /** The text the items came from, when there is one (document title, preview). */
  text?: string
}

export interface Importer {
  /** Shown in reports ("read as CSV"). */
  name: string
  /** Lower-case, with the dot. */
  extensions: readonly string[]
  /** Cheap content check on the first bytes; the extension has already matched. */
  detect(bytes: Uint8Array, file: string): boolean
  read(bytes: Uint8Array, file: string, ports: ImportPorts): Promise<ImportResult>
}

/**
 * A port's library could not be loaded where the import runs (a worker thread of the packaged
 * app cannot reach packages inside app.asar): not the file's fault, so it is never reported as
 * the file being unreadable; the caller imports the file where the library loads.
 */
export class PortUnavailableError extends Error {
  constructor(library: string, cause: unknown) {
    super(
      `${library} could not be loaded here (${cause instanceof Error ? cause.message : String(cause)})`
    )
    this.name = 'PortUnavailableError'
  }
}
