/**
 * The one thing the Anki exporter needs from outside the domain: an empty SQLite database it
 * can fill and serialise (sql.js in the main process, see `src/main/services/export/`).
 */

export type SqlValue = string | number | null

/** A new, empty, writable in-memory SQLite database. */
export interface SqliteWriter {
  /** Runs one or more statements without parameters (the schema). */
  exec(sql: string): void
  /** Runs one prepared statement once per row of parameters, in one transaction. */
  insertRows(sql: string, rows: readonly SqlValue[][]): void
  /** The database file's bytes. */
  export(): Uint8Array
  close(): void
}

export interface AnkiPorts {
  createSqlite(): Promise<SqliteWriter>
}
