/**
 * Notes out of an Anki collection database, in either schema: the legacy one (note types and
 * decks as JSON in `col`) and the current one (`notetypes`, `fields`, `decks` tables). Each
 * note comes back with its type's field names, its deck and tags; turning that into a question
 * is `noteToItem`'s job.
 */

import type { SqliteDatabase } from '../types'

export interface AnkiNote {
  id: number
  fields: string[]
  fieldNames: string[]
  noteType: string
  /** Cloze note type (legacy `type: 1`), or fields holding `{{c1::…}}`. */
  cloze: boolean
  tags: string[]
  deck: string | null
}

interface NoteType {
  name: string
  fieldNames: string[]
  cloze: boolean
}

/** Every note of the collection, in creation order. */
export function readAnkiNotes(db: SqliteDatabase): AnkiNote[] {
  const types =
    db.hasTable('notetypes') && db.hasTable('fields')
      ? modernNoteTypes(db)
      : new Map<number, NoteType>()
  const legacy = legacyCollection(db)
  for (const [id, type] of legacy.types) if (!types.has(id)) types.set(id, type)
  const decks = db.hasTable('decks') ? modernDecks(db) : legacy.decks
  const noteDecks = firstDeckOfNotes(db)
  const notes: AnkiNote[] = []
  for (const row of db.all('SELECT id, mid, tags, flds FROM notes ORDER BY id')) {
    const id = Number(row['id'])
    const type = types.get(Number(row['mid']))
    const fields = String(row['flds'] ?? '').split('\x1f')
    const deckId = noteDecks.get(id)
    notes.push({
      id,
      fields,
      fieldNames: type?.fieldNames ?? [],
      noteType: type?.name ?? '',
      cloze: type?.cloze === true || fields.some((f) => /\{\{c\d+::/.test(f)),
      tags: String(row['tags'] ?? '')
        .split(/\s+/)
        .filter((t) => t !== ''),
      deck: deckId !== undefined ? (decks.get(deckId) ?? null) : null
    })
  }
  return notes
}

function modernNoteTypes(db: SqliteDatabase): Map<number, NoteType> {
  const types = new Map<number, NoteType>()
  for (const row of db.all('SELECT id, name FROM notetypes')) {
    const name = String(row['name'] ?? '')
    types.set(Number(row['id']), { name, fieldNames: [], cloze: /cloze/i.test(name) })
  }
  // Anki declares these names `COLLATE unicase`, a collation only Anki has: no ORDER BY or
  // comparison may touch them here, so the fields are put in order in code.
  const fields = db.all('SELECT ntid, ord, name FROM fields')
  fields.sort(
    (a, b) => Number(a['ntid']) - Number(b['ntid']) || Number(a['ord']) - Number(b['ord'])
  )
  for (const row of fields)
    types.get(Number(row['ntid']))?.fieldNames.push(String(row['name'] ?? ''))
  return types
}

function legacyCollection(db: SqliteDatabase): {
  types: Map<number, NoteType>
  decks: Map<number, string>
} {
  const types = new Map<number, NoteType>()
  const decks = new Map<number, string>()
  const row = db.hasTable('col') ? db.all('SELECT models, decks FROM col LIMIT 1')[0] : undefined
  const models = parseJsonObject(row?.['models'])
  for (const [id, model] of Object.entries(models)) {
    if (!model || typeof model !== 'object') continue
    const m = model as {
      name?: unknown
      type?: unknown
      flds?: Array<{ name?: unknown; ord?: unknown }>
    }
    const fieldNames = (Array.isArray(m.flds) ? [...m.flds] : [])
      .sort((a, b) => Number(a.ord ?? 0) - Number(b.ord ?? 0))
      .map((f) => String(f.name ?? ''))
    types.set(Number(id), { name: String(m.name ?? ''), fieldNames, cloze: m.type === 1 })
  }
  for (const [id, deck] of Object.entries(parseJsonObject(row?.['decks']))) {
    const name = (deck as { name?: unknown } | null)?.name
    if (typeof name === 'string') decks.set(Number(id), name.split('::').join(' / '))
  }
  return { types, decks }
}

function modernDecks(db: SqliteDatabase): Map<number, string> {
  const decks = new Map<number, string>()
  for (const row of db.all('SELECT id, name FROM decks')) {
    decks.set(
      Number(row['id']),
      String(row['name'] ?? '')
        .split('\x1f')
        .join(' / ')
    )
  }
  return decks
}

function firstDeckOfNotes(db: SqliteDatabase): Map<number, number> {
  const decks = new Map<number, number>()
  if (!db.hasTable('cards')) return decks
  for (const row of db.all('SELECT nid, did FROM cards ORDER BY ord')) {
    const nid = Number(row['nid'])
    if (!decks.has(nid)) decks.set(nid, Number(row['did']))
  }
  return decks
}

function parseJsonObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'string' || value === '') return {}
  try {
    const parsed: unknown = JSON.parse(value)
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
