/**
 * The Node side of the importers: SQLite (sql.js, WebAssembly — no native build), Word
 * (mammoth) and PDF (unpdf's pdf.js build). Each library is imported on first use, so a CSV or
 * Markdown import never loads them and start-up does not pay for them.
 */

import {
  PortUnavailableError,
  type ImportPorts,
  type PdfPage,
  type SqliteDatabase
} from '../../../shared/domain/import/types'
import { loadSqlJs } from '../sqlite/loadSqlJs'
import { pdfItemsToLines } from './pdfItemsToLines'

/** Loads a library, telling a missing one apart from a bad file. */
function load<T>(library: string, loader: () => Promise<T>): Promise<T> {
  return loader().catch((error: unknown) => {
    throw new PortUnavailableError(library, error)
  })
}

/** The ports the importers use in the main process, the CLI and tests. */
export const nodeImportPorts: ImportPorts = {
  async openSqlite(bytes: Uint8Array, options = {}): Promise<SqliteDatabase> {
    const SQL = await loadSqlJs()
    let db = new SQL.Database(bytes)
    const collations = options.unknownCollations ?? []
    if (collations.length > 0) db = new SQL.Database(withoutCollations(db, collations))
    return {
      all(sql) {
        const [result] = db.exec(sql)
        if (!result) return []
        return result.values.map((row) =>
          Object.fromEntries(result.columns.map((c, i) => [c, row[i]]))
        )
      },
      hasTable(name) {
        const statement = db.prepare(
          "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        )
        try {
          statement.bind([name])
          return statement.step()
        } finally {
          statement.free()
        }
      },
      close: () => db.close()
    }
  },

  async docxToHtml(bytes: Uint8Array) {
    const mammoth = await load('mammoth', () => import('mammoth'))
    const result = await mammoth.convertToHtml({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    })
    return {
      html: result.value,
      warnings: result.messages.filter((m) => m.type === 'error').map((m) => m.message)
    }
  },

  async pdfToPages(bytes: Uint8Array): Promise<PdfPage[]> {
    const { extractTextItems, getDocumentProxy } = await load('unpdf', () => import('unpdf'))
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    try {
      const { items } = await extractTextItems(pdf)
      return items.map(pdfItemsToLines)
    } finally {
      await pdf.loadingTask.destroy()
    }
  }
}

// SQLite refuses to read a table whose schema names a collation it lacks ("no query
// solution"). The database is a private in-memory copy, so its schema text may be rewritten.
function withoutCollations(
  db: import('sql.js').Database,
  collations: readonly string[]
): Uint8Array {
  db.exec('PRAGMA writable_schema = ON')
  for (const name of collations) {
    if (!/^\w+$/.test(name)) continue
    db.exec(
      `UPDATE sqlite_master SET sql = replace(sql, 'COLLATE ${name}', '') WHERE sql LIKE '%COLLATE ${name}%'`
    )
  }
  db.exec('PRAGMA writable_schema = OFF')
  const bytes = db.export()
  db.close()
  return bytes
}
