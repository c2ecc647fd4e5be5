/**
 * Anki packages (`.apkg` decks, `.colpkg` collections): a zip holding the collection as SQLite —
 * `collection.anki21b` (zstd-compressed, current Anki), `collection.anki21` or the legacy
 * `collection.anki2`. Only the collection is inflated, never the media. When a package has the
 * current file, its legacy one is a stub ("please update Anki") and is ignored.
 */

import { decompress } from 'fzstd'
import { DocumentError } from '../../errors'
import { unreadableAs } from '../importFailure'
import type { Importer, ImportResult } from '../types'
import { isZip, readZipEntries } from '../zipEntries'
import { readAnkiNotes } from './ankiNotes'
import { noteToItem } from './noteToItem'

const COLLECTIONS = ['collection.anki21b', 'collection.anki21', 'collection.anki2'] as const
/** The collection database, inflated: far above any real deck's text, far below a bomb. */
export const MAX_COLLECTION_BYTES = 512 * 1024 * 1024

export const apkgImporter: Importer = {
  name: 'Anki package',
  extensions: ['.apkg', '.colpkg'],
  detect: (bytes) => isZip(bytes),
  read: async (bytes, file, ports): Promise<ImportResult> => {
    const entries = readZipEntries(bytes, COLLECTIONS, file, MAX_COLLECTION_BYTES)
    const name = COLLECTIONS.find((n) => entries.has(n))
    if (!name)
      throw new DocumentError(
        'unsupported-type',
        file,
        `${file}: no Anki collection inside the package`
      )
    let database = entries.get(name) as Uint8Array
    if (name === 'collection.anki21b') {
      try {
        database = decompress(database)
      } catch (error) {
        throw unreadableAs(file, 'Anki package', error)
      }
    }
    // Anki's schema names its own `unicase` collation.
    const db = await ports
      .openSqlite(database, { unknownCollations: ['unicase'] })
      .catch((error: unknown) => {
        throw unreadableAs(file, 'Anki package', error)
      })
    try {
      let notes
      try {
        notes = readAnkiNotes(db)
      } catch (error) {
        throw unreadableAs(file, 'Anki collection', error)
      }
      const items = []
      let empty = 0
      // A note has no line; its position in the deck stands in, so references stay distinct.
      for (const [index, note] of notes.entries()) {
        const item = noteToItem(note, file, index + 1)
        if (item) items.push(item)
        else empty++
      }
      const warnings =
        empty > 0
          ? [
              `${empty} ${empty === 1 ? 'note has' : 'notes have'} no question text and ${empty === 1 ? 'was' : 'were'} skipped.`
            ]
          : []
      if (notes.length === 0) warnings.push('The package holds no notes.')
      return { items, warnings }
    } finally {
      db.close()
    }
  }
}
