/**
 * The Anki export end to end: the written `.apkg` is opened as Anki would (unzip, SQLite with
 * sql.js), checked against Anki's schema 11 as the importer's fixtures build it, and imported
 * back with the app's own importer.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import initSqlJs, { type Database } from 'sql.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportNotebook } from '../../../../../src/main/services/export/exportNotebook'
import type { ExportProgress } from '../../../../../src/main/services/export/writeExportFiles'
import { nodeImportPorts } from '../../../../../src/main/services/import/importPorts'
import { importDocument } from '../../../../../src/shared/domain/import/importers'
import type { ExportData } from '../../../../../src/shared/domain/export/types'
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import { parseDocument } from '../../../../../src/shared/domain/parse/index'
import { unescapeInline } from '../../../../../src/shared/domain/export/escapeMarkdown'
import { sampleNotebook } from '../../../shared/domain/export/sampleNotebook'

const root = resolve(__dirname, '../../../../..')
const NOW = Date.UTC(2026, 10, 23, 12, 0, 0)
let dir: string
let SQL: Awaited<ReturnType<typeof initSqlJs>>

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'export-anki-'))
  SQL = await initSqlJs()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function exportApkg(
  data: ExportData,
  name: string,
  title = 'Study Notebook',
  onProgress?: (p: ExportProgress) => void
) {
  const out = join(dir, name)
  const result = await exportNotebook(
    { out, format: 'apkg', layout: 'single', includeReference: true },
    data,
    { now: NOW, title, ...(onProgress ? { onProgress } : {}) }
  )
  const bytes = new Uint8Array(readFileSync(out))
  return { out, result, bytes, zip: unzipSync(bytes) }
}

function openCollection(zip: Record<string, Uint8Array>): Database {
  return new SQL.Database(zip['collection.anki2'])
}

function rows(db: Database, sql: string): Array<Record<string, unknown>> {
  const [result] = db.exec(sql)
  if (!result) return []
  return result.values.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, r[i]])))
}

// Anki's schema 11 DDL as the importer's fixture builder writes it (an independent copy).
function fixtureSchema(): string {
  const script = readFileSync(join(root, 'tests/fixtures/imports/apkg/build_fixtures.py'), 'utf8')
  return /SCHEMA11 = """([\s\S]*?)"""/.exec(script)![1]!
}

function withNotes(notes: Record<string, string>): ExportData {
  const data = sampleNotebook()
  return { ...data, notes: { ...data.notes, ...notes } }
}

// Anki's JSON, loosely typed: the tests read it the way Anki's own readers do, by key.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const tableInfo = (db: Database, table: string) =>
  rows(db, `PRAGMA table_info(${table})`).map((c) => [c['name'], c['type'], c['notnull'], c['pk']])

describe('Anki package export', () => {
  const data = sampleNotebook()

  it('writes a zip of exactly collection.anki2 and an empty media map', async () => {
    const { zip, result, out } = await exportApkg(data, 'deck.apkg')
    expect(Object.keys(zip).sort()).toEqual(['collection.anki2', 'media'])
    expect(strFromU8(zip['media']!)).toBe('{}')
    expect(result).toEqual({ written: [out], questionCount: data.entries.length })
  })

  it("has Anki's schema 11 tables and columns, and passes SQLite's integrity check", async () => {
    const db = openCollection((await exportApkg(data, 'schema.apkg')).zip)
    const reference = new SQL.Database()
    reference.exec(fixtureSchema())
    for (const table of ['col', 'notes', 'cards', 'revlog', 'graves'])
      expect(tableInfo(db, table), table).toEqual(tableInfo(reference, table))
    expect(rows(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }])
    expect(rows(db, 'SELECT ver FROM col')).toEqual([{ ver: 11 }])
    db.close()
    reference.close()
  })

  it('declares one Basic note type (Front, Back, one card) and the deck named after the scope', async () => {
    const { zip } = await exportApkg(data, 'json.apkg', 'Study Notebook – “orm” · favourites')
    const db = openCollection(zip)
    const col = rows(db, 'SELECT * FROM col')[0]!
    const models = Object.values(JSON.parse(String(col['models']))) as Json[]
    expect(models).toHaveLength(1)
    const model = models[0]!
    expect(model).toMatchObject({ name: 'Basic', type: 0, sortf: 0 })
    // Keys Anki's schema11 reader requires (rslib notetype/schema11.rs).
    for (const key of ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css'])
      expect(model, key).toHaveProperty(key)
    expect(model['flds'].map((f: { name: string }) => f.name)).toEqual(['Front', 'Back'])
    for (const f of model['flds'])
      for (const key of ['name', 'ord', 'sticky', 'rtl', 'font', 'size'])
        expect(f).toHaveProperty(key)
    expect(model['tmpls']).toHaveLength(1)
    expect(model['tmpls'][0]).toMatchObject({ ord: 0, qfmt: '{{Front}}' })
    expect(model['tmpls'][0].afmt).toContain('{{Back}}')

    const decks = Object.values(JSON.parse(String(col['decks']))) as Json[]
    const deck = decks.find((d) => d['name'] === 'Study Notebook – “orm” · favourites')!
    for (const key of ['id', 'name', 'usn', 'lrnToday', 'revToday', 'newToday', 'timeToday'])
      expect(deck, key).toHaveProperty(key)
    expect(deck).toMatchObject({ dyn: 0, conf: 1, collapsed: false })
    const dconf = JSON.parse(String(col['dconf']))['1']
    for (const key of [
      'id',
      'mod',
      'name',
      'usn',
      'maxTaken',
      'autoplay',
      'timer',
      'new',
      'rev',
      'lapse'
    ])
      expect(dconf, key).toHaveProperty(key)
    expect(JSON.parse(String(col['conf']))).toMatchObject({ curModel: String(model['id']) })
    db.close()
  })

  it('has one note and one new card per question, with guid, fields, sort field, checksum and tags', async () => {
    const db = openCollection((await exportApkg(data, 'notes.apkg')).zip)
    const notes = rows(db, 'SELECT * FROM notes ORDER BY id')
    const cards = rows(db, 'SELECT * FROM cards ORDER BY id')
    expect(notes).toHaveLength(data.entries.length)
    expect(cards).toHaveLength(data.entries.length)
    expect(notes.map((n) => n['guid'])).toEqual(data.entries.map((e) => e.id))
    const deckIds = new Set(cards.map((c) => c['did']))
    expect(deckIds.size).toBe(1)
    for (const [i, note] of notes.entries()) {
      const prompt = data.entries[i]!.prompt
      const fields = String(note['flds']).split('\x1f')
      expect(fields).toHaveLength(2)
      expect(note['sfld']).toBe(prompt)
      const sha1 = createHash('sha1').update(prompt, 'utf8').digest('hex')
      expect(note['csum']).toBe(Number.parseInt(sha1.slice(0, 8), 16))
      expect(cards[i]).toMatchObject({ nid: note['id'], ord: 0, type: 0, queue: 0, due: i + 1 })
    }
    const script = notes.find((n) => n['guid'] === 'script')!
    const [front, back] = String(script['flds']).split('\x1f')
    expect(front).toBe(
      'Why is &lt;script&gt;alert(1)&lt;/script&gt; in a prompt &amp; &amp;amp; safe?'
    )
    // Raw HTML in my answer is shown as text, never as markup.
    expect(back).toContain('Plain text with &#x3C;b>html&#x3C;/b> &#x26; entities ©.')
    expect(back).not.toMatch(/<script|<b>html/)
    const args = notes.find((n) => n['guid'] === 'args-kwargs')!
    expect(args['tags']).toBe(' Core_Python python *core* ')
    expect(String(args['flds'])).toContain('<li><strong>positional</strong>: <code>*args</code>')
    expect(String(args['flds'])).toContain('<table>')
    db.close()
  })

  it('renders links safely: a javascript: link loses its target', async () => {
    const hostile = withNotes({
      'gil-2': '[click](javascript:alert(1)) and [docs](https://docs.python.org/)'
    })
    const db = openCollection((await exportApkg(hostile, 'links.apkg')).zip)
    const [note] = rows(db, "SELECT flds FROM notes WHERE guid = 'gil-2'")
    expect(String(note!['flds'])).not.toContain('javascript:')
    expect(String(note!['flds'])).toContain('<a href="https://docs.python.org/">docs</a>')
    db.close()
  })

  it('imports back through the Anki importer with every question, my answer and references', async () => {
    const { bytes } = await exportApkg(data, 'roundtrip.apkg')
    const { items, format } = await importDocument(bytes, 'roundtrip.apkg', nodeImportPorts)
    expect(format).toBe('Anki package')
    // The importer reads Front as HTML into Markdown, so `_` and `` ` `` come back escaped:
    // the same text once the Markdown escapes are undone.
    const prompts = items.map((i) => unescapeInline(i.prompt))
    expect(prompts).toEqual(data.entries.map((e) => e.prompt))
    const byPrompt = new Map(items.map((i, n) => [prompts[n]!, i]))
    const gil = byPrompt.get('What is GIL?')!
    expect(gil.answer).toContain('The *global interpreter lock*.')
    expect(gil.answer).toContain('One thread at a time.')
    expect(gil.section).toBe('Study Notebook')
    const init = byPrompt.get('What is __init__ method?')!
    expect(init.answer).toContain("self.x = '<script>'")
    expect(init.answer).toContain('Initialiser.')
    expect(byPrompt.get('What are *args and **kwargs?')!.tags).toEqual([
      'Core_Python',
      'python',
      '*core*'
    ])
    // Every answered question brings its answer back; unanswered ones without references have none.
    for (const entry of data.entries) {
      const item = byPrompt.get(entry.prompt)!
      const answered = (data.notes[entry.id] ?? '').trim() !== ''
      expect(item.answer !== null, entry.id).toBe(answered || entry.answers.length > 0)
    }
  })

  it('keeps note type, deck and note ids stable across exports of the same scope', async () => {
    const first = openCollection((await exportApkg(data, 'a.apkg')).zip)
    const later = withNotes({ 'gil-2': 'Now answered.' })
    const second = openCollection((await exportApkg(later, 'b.apkg')).zip)
    const ids = (db: Database) => ({
      models: Object.keys(JSON.parse(String(rows(db, 'SELECT models FROM col')[0]!['models']))),
      decks: rows(db, 'SELECT DISTINCT did FROM cards'),
      guids: rows(db, 'SELECT guid FROM notes ORDER BY id')
    })
    expect(ids(second)).toEqual(ids(first))
    first.close()
    second.close()
  })

  it('brings back every question of the seeds, in order, through the importer', async () => {
    const seedsDir = join(root, 'resources/seeds')
    const items = readdirSync(seedsDir).flatMap((n) =>
      parseDocument(readFileSync(join(seedsDir, n), 'utf8'), n)
    )
    const entries = buildCatalog(items).entries
    const progress: ExportProgress[] = []
    const { bytes } = await exportApkg(
      { entries, notes: {}, study: {} },
      'seeds.apkg',
      undefined,
      (p) => progress.push(p)
    )
    // Progress counts rendered notes, rising to the total.
    expect(progress.length).toBe(Math.floor(entries.length / 25) + 1)
    for (const [i, p] of progress.entries())
      if (i > 0) expect(p.bytesWritten).toBeGreaterThan(progress[i - 1]!.bytesWritten)
    expect(progress.at(-1)).toMatchObject({
      bytesWritten: entries.length,
      totalBytes: entries.length
    })
    const back = await importDocument(bytes, 'seeds.apkg', nodeImportPorts)
    expect(back.items).toHaveLength(entries.length)
    expect(back.items.map((i) => unescapeInline(i.prompt))).toEqual(entries.map((e) => e.prompt))
    const answered = entries.filter((e) => e.answers.length > 0).length
    expect(back.items.filter((i) => i.answer !== null)).toHaveLength(answered)
  })

  it('writes a valid, empty collection for an empty selection', async () => {
    const { zip } = await exportApkg({ entries: [], notes: {}, study: {} }, 'empty.apkg')
    const db = openCollection(zip)
    expect(rows(db, 'SELECT count(*) AS n FROM notes')).toEqual([{ n: 0 }])
    expect(rows(db, 'SELECT count(*) AS n FROM col')).toEqual([{ n: 1 }])
    db.close()
  })
})
