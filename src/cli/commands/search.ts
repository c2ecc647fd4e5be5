/**
 * `notebook search "<query>" [--json] [--limit N]`: searches the built-in seeds, the user's
 * sources and their notes with the app's own engine (same syntax, same ranking, same index
 * cache). `--json` prints `[{ id, prompt, section, score, sources: [{ file, line }] }]`.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dataPaths, defaultDataDir } from '../../main/services/dataPaths'
import { SearchService } from '../../main/services/search/searchService'
import { readNotebookStudy } from '../../main/services/studyLog/readNotebookStudy'
import { memoryStore, SourceRegistry } from '../../main/services/sources'
import { parseNoteFile } from '../../main/services/vault/noteFile'
import type { CatalogEntry } from '../../shared/domain/types'
import { DEFAULT_STUDY_STATE, STUDY_STATUSES, type StudyState } from '../../shared/study'
import { normaliseAliasGroups } from '../../shared/domain/search/aliases/userAliases'
import { CliError } from '../cliError'

const USAGE = 'usage: notebook search "<query>" [--json] [--limit N]'
const SEEDS_DIR = fileURLToPath(new URL('../../../resources/seeds', import.meta.url))
const NOTE_FILE = /^([a-z0-9-]{1,80})\.md$/

interface Args {
  query: string
  json: boolean
  limit: number
}

/** Runs the command; prints results (or `[]`) and exits 0, bad usage throws (exit 2). */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv)
  const paths = dataPaths(defaultDataDir())
  const config = readConfig(paths.configFile)
  const registry = new SourceRegistry({ seedsDir: SEEDS_DIR, store: memoryStore(config) })
  const { catalog } = await registry.ingest()
  const service = new SearchService({ cacheDir: paths.cacheDir, mode: 'inline' })
  try {
    await service.setCatalog(catalog.entries)
    const settings = asRecord(config['settings'])
    const custom = typeof settings['notebookDir'] === 'string' ? settings['notebookDir'] : ''
    // The user's own aliases (Settings) join the shipped ones, as in the app.
    service.setUserAliases(normaliseAliasGroups(settings['aliases']))
    const notebookDir = custom || paths.notebookDir
    // The notebook folder's logs; the config store's copy only before the app first moved it.
    const study = (await readNotebookStudy(notebookDir)) ?? new Map(readStudy(config))
    for (const note of readNotes(notebookDir)) {
      service.updateNote(note.id, note.markdown)
      // Tags live in the note's front matter and in the study state: search both.
      const state = study.get(note.id) ?? DEFAULT_STUDY_STATE
      study.set(note.id, { ...state, tags: [...new Set([...state.tags, ...note.tags])] })
    }
    for (const [id, state] of study) service.updateStudy(id, state)
    const response = await service.query({ query: args.query, limit: args.limit })
    const byId = new Map(catalog.entries.map((entry) => [entry.id, entry]))
    const rows = response.hits.map((hit) => row(hit, byId.get(hit.id)))
    process.stdout.write(args.json ? `${JSON.stringify(rows, null, 2)}\n` : formatRows(rows))
    if (!args.json && response.didYouMean)
      process.stdout.write(`Did you mean: ${response.didYouMean.trim()}?\n`)
    return 0
  } finally {
    await service.dispose()
  }
}

interface Row {
  id: string
  prompt: string
  section: string | null
  score: number
  sources: Array<{ file: string; line: number }>
}

function row(
  hit: { id: string; prompt: string; section: string | null; score: number },
  entry?: CatalogEntry
): Row {
  const sources = (entry?.occurrences ?? []).map(({ file, line }) => ({ file, line }))
  return { id: hit.id, prompt: hit.prompt, section: hit.section, score: hit.score, sources }
}

function formatRows(rows: Row[]): string {
  if (rows.length === 0) return 'no matches\n'
  return rows
    .map((r, i) => {
      const where = r.sources.map((s) => `${s.file}:${s.line}`).join(', ')
      return `${i + 1}. ${r.prompt}\n    ${[r.section ?? '(no section)', where].join(' · ')}\n`
    })
    .join('')
}

function parseArgs(argv: string[]): Args {
  const words: string[] = []
  let json = false
  let limit = 10
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--json') json = true
    else if (arg === '--limit') {
      const value = argv[++i]
      if (!value || !/^\d+$/.test(value) || Number(value) < 1)
        throw new CliError(`--limit needs a positive whole number; ${USAGE}`)
      limit = Math.min(Number(value), 10000)
    } else if (arg.startsWith('--')) throw new CliError(`unknown option '${arg}'; ${USAGE}`)
    else words.push(arg)
  }
  if (words.length === 0) throw new CliError(`no query given; ${USAGE}`)
  return { query: words.join(' '), json, limit }
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

/** config.json as an object; missing or unreadable means no user sources and default paths. */
function readConfig(file: string): Record<string, unknown> {
  try {
    return asRecord(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return {}
  }
}

function readStudy(config: Record<string, unknown>): Array<[string, StudyState]> {
  const out: Array<[string, StudyState]> = []
  for (const [id, raw] of Object.entries(asRecord(config['study']))) {
    const value = asRecord(raw)
    const status = STUDY_STATUSES.find((s) => s === value['status']) ?? 'new'
    const tags = Array.isArray(value['tags'])
      ? value['tags'].filter((t) => typeof t === 'string')
      : []
    out.push([id, { ...DEFAULT_STUDY_STATE, status, favourite: value['favourite'] === true, tags }])
  }
  return out
}

/** `<id>.md` answers in the notebook folder; unreadable or damaged files are skipped. */
function readNotes(dir: string): Array<{ id: string; markdown: string; tags: string[] }> {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const notes: Array<{ id: string; markdown: string; tags: string[] }> = []
  for (const name of names.sort()) {
    const id = NOTE_FILE.exec(name)?.[1]
    if (!id) continue
    try {
      const { meta, body } = parseNoteFile(readFileSync(join(dir, name), 'utf8'))
      notes.push({ id, markdown: body, tags: meta.tags ?? [] })
    } catch {
      // A damaged note is the vault's to report; search just skips it.
    }
  }
  return notes
}
