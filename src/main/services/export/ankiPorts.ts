/**
 * The Node side of the Anki exporter: a writable SQLite database from sql.js (WebAssembly, no
 * native build), loaded on first use so other exports never pay for it.
 */
import type { AnkiPorts, SqliteWriter } from '../../../shared/domain/export/anki/types'
import { loadSqlJs } from '../sqlite/loadSqlJs'

/** The ports the Anki exporter uses in the main process, the CLI and tests. */
export const nodeAnkiPorts: AnkiPorts = {
  async createSqlite(): Promise<SqliteWriter> {
    const SQL = await loadSqlJs()
    const db = new SQL.Database()
    return {
      exec: (sql) => void db.exec(sql),
      insertRows(sql, rows) {
        const statement = db.prepare(sql)
        db.exec('BEGIN')
        try {
          for (const row of rows) statement.run([...row])
          db.exec('COMMIT')
        } catch (error) {
          db.exec('ROLLBACK')
          throw error
        } finally {
          statement.free()
        }
      },
      export: () => db.export(),
      close: () => db.close()
    }
  }
}
