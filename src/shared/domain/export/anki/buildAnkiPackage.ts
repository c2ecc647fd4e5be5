/**
 * The Anki export: the selected questions as an `.apkg` holding a legacy `collection.anki2`
 * (schema 11, which every Anki version and AnkiDroid import) and an empty media map. One Basic
 * note and one new card per question, in one deck named after the export's scope; tags are the
 * section and my tags; the guid is the entry id, so a second import updates the same notes.
 */
import { strToU8, zipSync } from 'fflate'
import type { ExportData } from '../types'
import { questionRecords } from '../questionRecords'
import { fieldChecksum, stableAnkiId } from './ankiChecksum'
import { collectionJson, NOTE_TYPE_ID } from './ankiCollectionJson'
import { ANKI_SCHEMA11, ANKI_SCHEMA_VERSION } from './ankiSchema'
import { noteFields, sortField } from './ankiNoteFields'
import { ankiTags } from './ankiTags'
import type { AnkiPorts, SqlValue } from './types'

export interface AnkiExportOptions {
  includeReference: boolean
  /** Epoch ms; note and card ids count up from it, so output is reproducible. */
  exportedAt: number
  /** The deck's name ("Study Notebook", "Study Notebook – decorators"). */
  deckName: string
  /**
   * Told how many notes are rendered, every PROGRESS_EVERY notes and at the end; awaited, so a
   * caller can also give its event loop a turn (rendering Markdown takes a few ms per answer).
   */
  onProgress?: (done: number, total: number) => void | Promise<void>
}

const PROGRESS_EVERY = 25

/** File name suggested for an Anki export. */
export const APKG_FILE_NAME = 'study-notebook.apkg'

const FIELD_SEPARATOR = '\x1f'

/** Anki reads `::` in a deck name as a sub-deck; a scope's text must not make one. */
export function ankiDeckName(name: string): string {
  return name.replace(/::+/g, ':').replace(/\s+/g, ' ').trim() || 'Study Notebook'
}

/** Builds the package's bytes (a zip). */
export async function buildAnkiPackage(
  data: ExportData,
  options: AnkiExportOptions,
  ports: AnkiPorts
): Promise<Uint8Array> {
  const records = questionRecords(data, options.includeReference)
  const deckName = ankiDeckName(options.deckName)
  const deckId = stableAnkiId(`study-notebook:deck:${deckName}`)
  const modSecs = Math.floor(options.exportedAt / 1000)
  const json = collectionJson(deckId, deckName, modSecs, records.length)

  const notes: SqlValue[][] = []
  const cards: SqlValue[][] = []
  for (const [index, record] of records.entries()) {
    const id = options.exportedAt + index
    const tags = ankiTags(record.section ? [record.section] : [], record.tags)
    const sfld = sortField(record)
    notes.push([
      id,
      record.id,
      NOTE_TYPE_ID,
      modSecs,
      -1,
      tags.length > 0 ? ` ${tags.join(' ')} ` : '',
      noteFields(record).join(FIELD_SEPARATOR),
      sfld,
      fieldChecksum(sfld),
      0,
      ''
    ])
    // A new card; `due` is its position in the new-card queue.
    cards.push([id, id, deckId, 0, modSecs, -1, 0, 0, index + 1, 0, 0, 0, 0, 0, 0, 0, 0, ''])
    if ((index + 1) % PROGRESS_EVERY === 0) await options.onProgress?.(index + 1, records.length)
  }
  await options.onProgress?.(records.length, records.length)

  const db = await ports.createSqlite()
  let collection: Uint8Array
  try {
    db.exec(ANKI_SCHEMA11)
    db.insertRows('INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)', [
      [
        dayStart(modSecs),
        options.exportedAt,
        options.exportedAt,
        ANKI_SCHEMA_VERSION,
        json.conf,
        json.models,
        json.decks,
        json.dconf,
        '{}'
      ]
    ])
    db.insertRows('INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', notes)
    db.insertRows(
      'INSERT INTO cards VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      cards
    )
    collection = db.export()
  } finally {
    db.close()
  }
  return zipSync({ 'collection.anki2': collection, media: strToU8('{}') })
}

// The collection's creation time: Anki counts days from it, so start of that day (UTC).
function dayStart(secs: number): number {
  return secs - (secs % 86400)
}
