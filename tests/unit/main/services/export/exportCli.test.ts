/**
 * The `notebook export` command, run as a user runs it (`npx tsx src/cli/notebook.ts export`):
 * a child process under the project's own tsx binary, which is what npx resolves to.
 */
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { unzipSync } from 'fflate'
import Papa from 'papaparse'
import initSqlJs from 'sql.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import { parseDocument } from '../../../../../src/shared/domain/parse/index'
import type { CatalogEntry } from '../../../../../src/shared/domain/types'
import { formatNoteFile } from '../../../../../src/main/services/vault/noteFile'
import { run as runExport } from '../../../../../src/cli/commands/export'

const root = resolve(__dirname, '../../../../..')
const seedsDir = join(root, 'resources/seeds')
let dataDir: string
let gil: CatalogEntry
let decorator: CatalogEntry

function run(...args: string[]) {
  const result = spawnSync(
    join(root, 'node_modules/.bin/tsx'),
    ['src/cli/notebook.ts', 'export', ...args],
    {
      cwd: root,
      env: { ...process.env, STUDY_NOTEBOOK_DATA: dataDir },
      encoding: 'utf8'
    }
  )
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const markers = (md: string) =>
  [...md.matchAll(/<!-- notebook:question (.*) -->/g)].map((m) => JSON.parse(m[1]!).prompt)

function writeNote(dir: string, entry: CatalogEntry, body: string) {
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, `${entry.id}.md`),
    formatNoteFile({ id: entry.id, prompt: entry.prompt, tags: [] }, body)
  )
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'export-cli-'))
  const items = readdirSync(seedsDir).flatMap((n) =>
    parseDocument(readFileSync(join(seedsDir, n), 'utf8'), n)
  )
  const entries = buildCatalog(items).entries
  gil = entries.find((e) => /GIL/.test(e.prompt) && e.answers.length > 0)!
  decorator = entries.find((e) => /decorator/i.test(e.prompt) && !/GIL/.test(e.prompt))!
  writeNote(
    join(dataDir, 'notebook'),
    gil,
    'Only one thread runs **bytecode** at a time.\n\n```python\nimport threading\n```\n'
  )
  writeNote(join(dataDir, 'notebook'), decorator, 'A function wrapping a function.\n')
  writeFileSync(
    join(dataDir, 'config.json'),
    JSON.stringify({
      study: { [gil.id]: { status: 'confident', favourite: true, tags: ['core'], updatedAt: 1 } }
    })
  )
})
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

describe('notebook export', () => {
  it('exports only answered questions, with answers, study state and references', () => {
    const out = join(dataDir, 'answered.md')
    const { code, stdout } = run('--out', out, '--answered')
    expect(code).toBe(0)
    expect(stdout).toContain('Exported 2 questions')
    const md = readFileSync(out, 'utf8')
    expect(markers(md).sort()).toEqual([gil.prompt, decorator.prompt].sort())
    expect(md).toContain(
      'Only one thread runs **bytecode** at a time.\n\n```python\nimport threading\n```'
    )
    expect(md).toContain('*Status:* confident · *Tags:* core · *Favourite*')
    expect(md).toContain(
      `> From ${gil.answers[0]!.source.file.replace(/_/g, '\\_')}, line ${gil.answers[0]!.source.line}:`
    )
  })

  it('says "1 question" for one', () => {
    const out = join(dataDir, 'favourite.md')
    const { code, stdout } = run('--out', out, '--favourites')
    expect(code).toBe(0)
    expect(stdout).toBe(`Exported 1 question to ${out}\n`)
  })

  it('leaves references out and writes one file per question matching a query', () => {
    const out = join(dataDir, 'gil')
    const { code, stdout } = run('--out', out, '--query', 'GIL', '--per-question', '--no-reference')
    expect(code, stdout).toBe(0)
    const files = readdirSync(out).filter((f) => f !== 'index.md')
    expect(files.length).toBeGreaterThan(1)
    for (const file of files) {
      const md = readFileSync(join(out, file), 'utf8')
      expect(md).toMatch(/^---\nid: /)
      expect(md).not.toContain('Reference answer')
      expect(md.toLowerCase()).toContain('gil')
    }
  })

  it('reads answers from --notebook instead of the default folder', () => {
    const other = join(dataDir, 'other-notebook')
    writeNote(other, decorator, 'From the other folder.\n')
    const out = join(dataDir, 'other.md')
    expect(run('--out', out, '--answered', '--notebook', other).code).toBe(0)
    const md = readFileSync(out, 'utf8')
    expect(markers(md)).toEqual([decorator.prompt])
    expect(md).toContain('From the other folder.')
  })

  it('fails clearly, writing nothing, when the target folder is missing', () => {
    const out = join(dataDir, 'missing', 'x.md')
    const { code, stderr } = run('--out', out)
    expect(code).toBe(1)
    expect(stderr).toMatch(/does not exist.*Nothing was written/)
    expect(existsSync(join(dataDir, 'missing'))).toBe(false)
  })

  it('rejects bad usage with exit code 2', () => {
    expect(run('--out', 'x.md', '--bogus').code).toBe(2)
    expect(run('--out', 'x', '--per-question', '--per-section').stderr).toMatch(/choose one/)
  })

  // Usage errors are thrown before anything is read, so these run in-process.
  it('rejects an unknown --format, folder layouts for CSV/Anki and --for-anki without CSV', async () => {
    await expect(runExport(['--out', 'x', '--format', 'docx'])).rejects.toThrow(
      /--format must be one of md, csv, apkg \(got 'docx'\)/
    )
    await expect(runExport(['--out', 'x', '--format', 'csv', '--per-question'])).rejects.toThrow(
      /--per-question and --per-section are for Markdown; csv is one file/
    )
    await expect(runExport(['--out', 'x', '--format', 'apkg', '--for-anki'])).rejects.toThrow(
      /--for-anki applies to --format csv/
    )
  })

  it('--format csv writes one spreadsheet row per question, with my answers', () => {
    const out = join(dataDir, 'all.csv')
    const { code, stdout } = run('--out', out, '--format', 'csv')
    expect(code, stdout).toBe(0)
    const total = Number(/Exported (\d+) questions/.exec(stdout)![1])
    expect(total).toBeGreaterThan(400)
    const rows = Papa.parse<string[]>(readFileSync(out, 'utf8'), { skipEmptyLines: true }).data
    expect(rows[0]).toEqual([
      'Question',
      'My answer',
      'Reference answers',
      'Section',
      'Tags',
      'Status'
    ])
    expect(rows).toHaveLength(total + 1)
    const row = rows.find((r) => r[0] === gil.prompt)!
    expect(row[1]).toContain('Only one thread runs **bytecode** at a time.')
    expect(row.slice(4)).toEqual(['core', 'confident'])
  })

  it('--format apkg into a folder writes study-notebook.apkg holding the scope as notes', async () => {
    const out = join(dataDir, 'anki')
    mkdirSync(out)
    const { code, stdout } = run('--out', out, '--format', 'apkg', '--answered')
    expect(code, stdout).toBe(0)
    expect(stdout).toContain(`Exported 2 questions to ${join(out, 'study-notebook.apkg')}`)
    const zip = unzipSync(new Uint8Array(readFileSync(join(out, 'study-notebook.apkg'))))
    const SQL = await initSqlJs()
    const db = new SQL.Database(zip['collection.anki2'])
    const [notes] = db.exec('SELECT guid FROM notes ORDER BY guid')
    expect(notes!.values.flat()).toEqual([gil.id, decorator.id].sort())
    const [decks] = db.exec('SELECT decks FROM col')
    const names = Object.values(JSON.parse(String(decks!.values[0]![0]))).map(
      (d) => (d as { name: string }).name
    )
    expect(names).toContain('Study Notebook – answered')
    db.close()
  })
})
