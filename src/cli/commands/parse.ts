/**
 * `notebook parse <file...> [--json]`: parses documents of any supported format with the app's own
 * modules. Prints the
 * merged catalog readably, or with --json every parsed item (one per occurrence, document order).
 */
import { buildCatalog } from '../../shared/domain/catalog/buildCatalog'
import { catalogStats } from '../../shared/domain/catalog/catalogStats'
import type { Catalog, ParsedItem } from '../../shared/domain/types'
import { importFile } from '../../main/services/sources/readDocument'
import { uniqueSourceName } from '../../main/services/sources/sourceName'
import { CliError } from '../cliError'

const USAGE = 'usage: notebook parse <file...> [--json]'

/** Runs the command; a bad file or bad usage throws (exit 2, one line on stderr). */
export async function run(argv: string[]): Promise<number> {
  const { files, json } = parseArgs(argv)
  const used = new Set<string>()
  const items: ParsedItem[] = []
  for (const path of files) {
    const name = uniqueSourceName(path, used)
    for (const item of (await importFile(path, name)).items) items.push(item)
  }
  const output = json
    ? JSON.stringify(items, null, 2)
    : formatCatalog(buildCatalog(items), files.length)
  process.stdout.write(`${output}\n`)
  return 0
}

function parseArgs(argv: string[]): { files: string[]; json: boolean } {
  const files: string[] = []
  let json = false
  let optionsEnded = false
  for (const arg of argv) {
    if (!optionsEnded && arg === '--') optionsEnded = true
    else if (!optionsEnded && arg === '--json') json = true
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      throw new CliError(`unknown option '${arg}'; ${USAGE}`)
    } else files.push(arg)
  }
  if (files.length === 0) throw new CliError(`no files given; ${USAGE}`)
  return { files, json }
}

/** Two lines per entry (prompt; section, sources, answers, first place), then a summary. */
export function formatCatalog(catalog: Catalog, fileCount: number): string {
  const lines: string[] = []
  for (const entry of catalog.entries) {
    const first = entry.occurrences[0]
    const facts = [
      entry.sections[0] ?? '(no section)',
      entry.kind === 'topic' ? 'topic' : null,
      `asked in ${entry.askedIn} ${entry.askedIn === 1 ? 'source' : 'sources'}`,
      `${entry.answers.length} ${entry.answers.length === 1 ? 'reference answer' : 'reference answers'}`,
      first ? `${first.file}:${first.line}` : null
    ].filter((fact): fact is string => fact !== null)
    lines.push(entry.prompt, `    ${facts.join(' · ')}`)
  }
  const stats = catalogStats(catalog)
  const files = `${fileCount} ${fileCount === 1 ? 'file' : 'files'}`
  const kinds = `${stats.questions} questions, ${stats.topics} topics`
  const merged = `${stats.duplicatesMerged} duplicates merged into ${stats.mergedGroups} entries`
  lines.push('', `${stats.items} items, ${stats.entries} entries (${kinds}; ${merged}) in ${files}`)
  return lines.join('\n')
}
