/**
 * `notebook parse <file...> [--json] [--report]`: parses documents of any supported format (see
 * `shared/domain/import`) with the app's own modules.
 * Prints the merged catalog readably, or with --json every parsed item (one per occurrence,
 * document order). With --report it prints each document's parse report instead (counts,
 * warnings, the lines that went into no item); --report --json prints the reports as JSON.
 */
import { buildCatalog } from '../../shared/domain/catalog/buildCatalog'
import { catalogStats } from '../../shared/domain/catalog/catalogStats'
import type { ParseReport } from '../../shared/domain/parse/parseReport'
import type { Catalog, ParsedItem } from '../../shared/domain/types'
import { importFile } from '../../main/services/sources/readDocument'
import { uniqueSourceName } from '../../main/services/sources/sourceName'
import { CliError } from '../cliError'
import { countOf } from '../../shared/countOf'

const USAGE = 'usage: notebook parse <file...> [--json] [--report]'
// A report lists unused lines up to this many per document, then says how many more.
const MAX_LISTED_LINES = 200

/** Runs the command; a bad file or bad usage throws (exit 2, one line on stderr). */
export async function run(argv: string[]): Promise<number> {
  const { files, json, report } = parseArgs(argv)
  const used = new Set<string>()
  const items: ParsedItem[] = []
  const reports: ParseReport[] = []
  for (const path of files) {
    const name = uniqueSourceName(path, used)
    const parsed = await importFile(path, name)
    // One by one: a spread of a huge document's items would overflow the stack.
    for (const item of parsed.items) items.push(item)
    reports.push(parsed.report)
  }
  const output = report
    ? json
      ? JSON.stringify(reports, null, 2)
      : reports.map(formatReport).join('\n\n')
    : json
      ? JSON.stringify(items, null, 2)
      : formatCatalog(buildCatalog(items), files.length)
  process.stdout.write(`${output}\n`)
  return 0
}

function parseArgs(argv: string[]): { files: string[]; json: boolean; report: boolean } {
  const files: string[] = []
  let json = false
  let report = false
  let optionsEnded = false
  for (const arg of argv) {
    if (!optionsEnded && arg === '--') optionsEnded = true
    else if (!optionsEnded && arg === '--json') json = true
    else if (!optionsEnded && arg === '--report') report = true
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      throw new CliError(`unknown option '${arg}'; ${USAGE}`)
    } else files.push(arg)
  }
  if (files.length === 0) throw new CliError(`no files given; ${USAGE}`)
  return { files, json, report }
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}

/** A document's report: a summary line, its warnings, then the unused lines by number. */
export function formatReport(report: ParseReport): string {
  const lines = [
    `${report.file}: ${plural(report.items, 'item', 'items')} (${plural(report.questions, 'question', 'questions')}, ${plural(report.topics, 'topic', 'topics')}), ${report.answered.toLocaleString('en-US')} answered`
  ]
  for (const warning of report.warnings) lines.push(`  ! ${warning}`)
  if (report.unusedLines.length > 0) {
    lines.push('  lines not used:')
    const width = String(report.unusedLines[report.unusedLines.length - 1]!.line).length
    for (const unused of report.unusedLines.slice(0, MAX_LISTED_LINES)) {
      lines.push(`    ${String(unused.line).padStart(width)}  ${unused.text}`)
    }
    const more = report.unusedLines.length - MAX_LISTED_LINES
    if (more > 0) lines.push(`    … and ${plural(more, 'more line', 'more lines')}`)
  }
  return lines.join('\n')
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
      countOf(entry.answers.length, 'reference answer'),
      first ? `${first.file}:${first.line}` : null
    ].filter((fact): fact is string => fact !== null)
    lines.push(entry.prompt, `    ${facts.join(' · ')}`)
  }
  const stats = catalogStats(catalog)
  const files = countOf(fileCount, 'file')
  const kinds = `${countOf(stats.questions, 'question')}, ${countOf(stats.topics, 'topic')}`
  const merged = `${countOf(stats.duplicatesMerged, 'duplicate')} merged into ${countOf(stats.mergedGroups, 'entry', 'entries')}`
  lines.push(
    '',
    `${countOf(stats.items, 'item')}, ${countOf(stats.entries, 'entry', 'entries')} (${kinds}; ${merged}) in ${files}`
  )
  return lines.join('\n')
}
