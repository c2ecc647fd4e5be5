/** The Anki package exporter: what callers outside this folder use. */
export {
  buildAnkiPackage,
  ankiDeckName,
  APKG_FILE_NAME,
  type AnkiExportOptions
} from './buildAnkiPackage'
export type { AnkiPorts, SqliteWriter, SqlValue } from './types'
