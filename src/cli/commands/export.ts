/**
 * `notebook export --out <file-or-dir> [--format md|csv|apkg] [--query <text>] [--answered]
 * [--favourites] [--no-reference] [--per-question | --per-section] [--for-anki]
 * [--notebook <dir>]`: the export from the command line, over the same data folder the app
 * uses (STUDY_NOTEBOOK_DATA overrides).
 */
import { stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { SINGLE_FILE_NAME } from '../../shared/domain/export/buildMarkdownExport'
import { APKG_FILE_NAME } from '../../shared/domain/export/anki/buildAnkiPackage'
import { CSV_FILE_NAME } from '../../shared/domain/export/csv'
import { scopeTitle } from '../../shared/domain/export/scopeTitle'
import { selectEntries } from '../../shared/domain/export/selectEntries'
import type { ExportData, ExportFormat, ExportLayout } from '../../shared/domain/export/types'
import { SearchEngine } from '../../shared/domain/search/searchEngine'
import type { SearchFilters } from '../../shared/ipc/types'
import { defaultDataDir } from '../../main/services/dataPaths'
import { exportNotebook } from '../../main/services/export/exportNotebook'
import { ExportWriteError } from '../../main/services/export/exportWriteError'
import { loadExportData } from '../../main/services/export/loadExportData'
import { CliError } from '../cliError'
import { countOf } from '../../shared/countOf'

const SEEDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../resources/seeds')

const FORMATS: readonly ExportFormat[] = ['md', 'csv', 'apkg']
const FILE_NAMES: Record<ExportFormat, string> = {
  md: SINGLE_FILE_NAME,
  csv: CSV_FILE_NAME,
  apkg: APKG_FILE_NAME
}

const OPTIONS = {
  out: { type: 'string' },
  format: { type: 'string' },
  'for-anki': { type: 'boolean' },
  query: { type: 'string' },
  answered: { type: 'boolean' },
  favourites: { type: 'boolean' },
  'no-reference': { type: 'boolean' },
  'per-question': { type: 'boolean' },
  'per-section': { type: 'boolean' },
  notebook: { type: 'string' }
} as const

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values
  } catch (error) {
    throw new CliError(`export: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * The entries in scope, in catalog order. A query goes through the app's search engine (same
 * syntax and matching as the search box); filters are then applied as the search panel does.
 */
export function scopeEntries(data: ExportData, query: string, filters: SearchFilters) {
  let entries = selectEntries(data, { filters })
  if (query.trim() === '') return entries
  const engine = SearchEngine.build(data.entries)
  for (const [id, note] of Object.entries(data.notes)) engine.setNote(id, note)
  for (const [id, state] of Object.entries(data.study)) engine.setStudy(id, state)
  const hits = engine.query({ query, limit: Math.max(1, data.entries.length) }).hits
  const matched = new Set(hits.map((h) => h.id))
  entries = entries.filter((e) => matched.has(e.id))
  return entries
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false
  )
}

/** Runs the export; exit 0 on success, 1 when the files could not be written. */
export async function run(argv: string[]): Promise<number> {
  const args = parse(argv)
  if (!args.out) throw new CliError('export: --out <file-or-dir> is required')
  if (args['per-question'] && args['per-section'])
    throw new CliError('export: choose one of --per-question and --per-section')
  const format = (args.format ?? 'md') as ExportFormat
  if (!FORMATS.includes(format))
    throw new CliError(
      `export: --format must be one of ${FORMATS.join(', ')} (got '${args.format}')`
    )
  if (format !== 'md' && (args['per-question'] || args['per-section']))
    throw new CliError(
      `export: --per-question and --per-section are for Markdown; ${format} is one file`
    )
  if (args['for-anki'] && format !== 'csv')
    throw new CliError('export: --for-anki applies to --format csv (an .apkg is already for Anki)')
  const layout: ExportLayout = args['per-question']
    ? 'per-question'
    : args['per-section']
      ? 'per-section'
      : 'single'
  let out = resolve(args.out)
  // `--out some/folder` for a single file means "put the file in that folder".
  if (layout === 'single' && (await isFolder(out))) out = join(out, FILE_NAMES[format])

  const data = await loadExportData({
    dataDir: defaultDataDir(),
    seedsDir: SEEDS_DIR,
    ...(args.notebook ? { notebookDir: resolve(args.notebook) } : {})
  })
  for (const warning of data.warnings) process.stderr.write(`notebook: warning: ${warning}\n`)
  const filters: SearchFilters = {}
  if (args.answered) filters.answered = true
  if (args.favourites) filters.favourite = true
  const entries = scopeEntries(data, args.query ?? '', filters)

  try {
    const result = await exportNotebook(
      { out, format, layout, includeReference: !args['no-reference'] },
      { entries, notes: data.notes, study: data.study },
      {
        title: scopeTitle({ query: args.query ?? '', filters }),
        ...(args['for-anki'] ? { csvVariant: 'anki' as const } : {})
      }
    )
    const where = layout === 'single' ? out : `${countOf(result.written.length, 'file')} in ${out}`
    process.stdout.write(`Exported ${countOf(result.questionCount, 'question')} to ${where}\n`)
    return 0
  } catch (error) {
    if (!(error instanceof ExportWriteError)) throw error
    process.stderr.write(`notebook: ${error.message}\n`)
    return 1
  }
}
