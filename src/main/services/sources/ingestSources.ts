/**
 * Reads, parses and catalogs every source. One bad file is reported on its source and skipped;
 * the rest still load.
 */
import { applyRelated, linkRelated } from '../../../shared/domain/catalog/linkRelated'
import { mergeDuplicates } from '../../../shared/domain/catalog/mergeDuplicates'
import { normalizePrompt } from '../../../shared/domain/catalog/normalizePrompt'
import { NO_SECTION } from '../../../shared/domain/catalog/occurrenceSections'
import { maxImportBytes } from '../../../shared/domain/import/importers'
import type { ParseReport } from '../../../shared/domain/parse/parseReport'
import type { Catalog, CatalogEntry, ParsedItem } from '../../../shared/domain/types'
import type { SectionNode, SourceInfo } from '../../../shared/ipc/types'
import { sourceLabels } from '../../../shared/domain/sources/sourceLabels'
import { inlineParser, type DocumentParser } from './documentParser'
import { ingestFingerprint, readParsed, type ParsedFiles } from './parsedFiles'

/** One registered source with the documents it resolved to. */
export interface ResolvedSource {
  /** Absolute path, or `builtin:<file>` for a shipped seed. */
  path: string
  name: string
  builtIn: boolean
  kind: 'file' | 'folder'
  /** The documents to read; `name` is what SourceRef.file will say. */
  files: Array<{ path: string; name: string }>
  /** Set when the source itself could not be resolved (missing folder, not a document type). */
  error?: string
}

export interface IngestProgress {
  phase: 'scanning' | 'reading' | 'parsing'
  done: number
  total: number
}

export interface IngestResult {
  catalog: Catalog
  /** Resolves once the catalog's related questions are linked (at once unless `linkLater`). */
  linked: Promise<void>
  /** One per source, in source order. answered/confident are 0: the notebook fills them in. */
  reports: SourceInfo[]
  /** Every parsed item, in source and document order. */
  items: ParsedItem[]
  /** Hash of the sources as resolved and the content of every document read. */
  fingerprint: string
  /** What each document read looked like and gave (for the next ingest to reuse). */
  files: ParsedFiles
  /** Documents actually parsed this time (the rest came from `options.files`). */
  parsedCount: number
  /** The sources as given. */
  sources: ResolvedSource[]
}

export interface IngestOptions {
  /** Parse results of an earlier ingest: a document whose size and mtime (or else content hash) are unchanged is not parsed again. */
  files?: ParsedFiles
  /**
   * The catalog (and source reports) an earlier ingest built, by fingerprint: reused when
   * nothing changed.
   */
  reuse?: {
    fingerprint: string
    catalog: Catalog
    reports?: readonly SourceInfo[]
    /** Pending while that ingest's links are still being made. */
    linked?: Promise<void>
  }
  /**
   * Return the catalog before its related questions are linked: they are linked off this
   * thread meanwhile (`linked` says when), so a cold start builds the search index at the same
   * time. The entries' `related` must not be read before.
   */
  linkLater?: boolean
}

/**
 * Reads and parses each source's files in order, then builds one catalog from all items.
 * `parser` decides where parsing runs (the app passes a worker thread).
 */
export async function ingestSources(
  sources: readonly ResolvedSource[],
  onProgress?: (progress: IngestProgress) => void,
  parser: DocumentParser = inlineParser,
  options: IngestOptions = {}
): Promise<IngestResult> {
  const total = sources.reduce((sum, s) => sum + s.files.length, 0)
  let done = 0
  let parsedCount = 0
  const files: ParsedFiles = new Map()
  const items: ParsedItem[] = []
  const perSource: PerSource[] = []
  // Several documents are read (and parsed, by a pool of workers) at once; results are taken
  // in document order, so the catalog is the same as one read file by file.
  const jobs = sources.flatMap((source) => source.files)
  const reads = readInOrder(jobs, parser, options.files, () =>
    onProgress?.({ phase: 'reading', done: ++done, total })
  )
  let at = 0
  onProgress?.({ phase: 'reading', done: 0, total })
  for (const source of sources) {
    const result: PerSource = {
      source,
      items: [],
      errors: source.error ? [source.error] : [],
      parseReports: []
    }
    for (let i = 0; i < source.files.length; i++) {
      const read = await reads[at++]!
      if (!read.ok) {
        result.errors.push(read.error)
        continue
      }
      const { record, key, parsed: fresh } = read.value
      files.set(key, record)
      if (fresh) parsedCount++
      const { parsed } = record
      // One by one: a spread of a huge document's items would overflow the stack.
      for (const item of parsed.items) result.items.push(item)
      result.parseReports.push(capReport(parsed.report))
      // A folder keeps the name the user gave it; a single document gets its own title.
      if (source.kind === 'file') result.title = parsed.title
    }
    for (const item of result.items) items.push(item)
    perSource.push(result)
  }
  onProgress?.({ phase: 'parsing', done: total, total })
  const fingerprint = ingestFingerprint(
    sources,
    files,
    perSource.map((p) => p.errors)
  )
  // Merging, linking and counting sections are the slow part at 50,000 questions (the
  // section counts normalise every prompt again): skipped when nothing changed.
  const same = options.reuse?.fingerprint === fingerprint ? options.reuse : undefined
  // Every prompt is normalised once, for the merge and for the sections' counts.
  const keyOf = memoized(normalizePrompt)
  const catalog = same
    ? same.catalog
    : { entries: mergeDuplicates(items, keyOf), itemCount: items.length }
  const linked = same ? (same.linked ?? Promise.resolve()) : link(catalog.entries, parser)
  if (!options.linkLater) await linked
  const reports =
    same?.reports?.length === perSource.length
      ? same.reports.map(copyReport)
      : labelled(perSource, keyOf)
  return { catalog, linked, reports, items, fingerprint, files, parsedCount, sources: [...sources] }
}

function memoized(normalize: (prompt: string) => string): (prompt: string) => string {
  const keys = new Map<string, string>()
  return (prompt) => {
    let key = keys.get(prompt)
    if (key === undefined) keys.set(prompt, (key = normalize(prompt)))
    return key
  }
}

// buildCatalog's second half, in a parse worker when there is one. Never rejects: related
// questions are a help, and a catalog without them still loads.
async function link(entries: CatalogEntry[], parser: DocumentParser): Promise<void> {
  if (parser.relate) {
    try {
      return applyRelated(entries, await parser.relate(entries.map((entry) => entry.key)))
    } catch {
      // A worker gone wrong costs this thread the work, not the links.
    }
  }
  try {
    linkRelated(entries)
  } catch (error) {
    for (const entry of entries) entry.related = []
    console.warn(`Related questions could not be linked: ${String(error)}`)
  }
}

/** Documents read at once: enough to keep every parse worker busy while the next is read. */
export const READ_AHEAD = 4

type Read =
  { ok: true; value: Awaited<ReturnType<typeof readParsed>> } | { ok: false; error: string }

/**
 * Starts reading (and, when changed, parsing) `files`, at most READ_AHEAD at once; one promise
 * per file, in order, that never rejects. Documents go to the parser in file order.
 */
function readInOrder(
  files: ReadonlyArray<{ path: string; name: string }>,
  parser: DocumentParser,
  previous: ParsedFiles | undefined,
  onDone: () => void
): Array<Promise<Read>> {
  let next = 0
  let turn: Promise<void> = Promise.resolve()
  const slots: Array<{ resolve: (read: Read) => void }> = []
  const reads = files.map(() => new Promise<Read>((resolve) => slots.push({ resolve })))
  const run = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++
      const file = files[i]!
      // Each document waits for the one before it to be handed to the parser (or found
      // unchanged), so parse requests go out in document order.
      const before = turn
      let release!: () => void
      turn = new Promise((resolve) => (release = resolve))
      const ordered: DocumentParser = {
        parse: async (bytes, name) => {
          await before
          const parsing = parser.parse(bytes, name)
          release()
          return parsing
        },
        close: () => parser.close()
      }
      let read: Read
      try {
        read = {
          ok: true,
          value: await readParsed(file, maxImportBytes(file.name), ordered, previous)
        }
      } catch (error) {
        read = { ok: false, error: error instanceof Error ? error.message : String(error) }
      }
      release()
      onDone()
      slots[i]!.resolve(read)
    }
  }
  for (let k = 0; k < Math.min(READ_AHEAD, files.length); k++) void run()
  return reads
}

// Every view shows `title`: one distinct label per source, decided here once.
function labelled(perSource: PerSource[], keyOf: (prompt: string) => string): SourceInfo[] {
  const reports = perSource.map((source) => report(source, keyOf))
  sourceLabels(reports).forEach((label, i) => (reports[i]!.title = label))
  return reports
}

// Callers fill in answered/confident counts: a reused report is never shared with them.
function copyReport(info: SourceInfo): SourceInfo {
  return { ...info, sections: info.sections.map((section) => ({ ...section })) }
}

interface PerSource {
  source: ResolvedSource
  items: ParsedItem[]
  errors: string[]
  title?: string
  parseReports: ParseReport[]
}

// The renderer shows a source's unused lines in a dialog; past this many it says how many more.
const MAX_REPORTED_LINES = 500

function capReport(report: ParseReport): ParseReport {
  if (report.unusedLines.length <= MAX_REPORTED_LINES) return report
  return { ...report, unusedLines: report.unusedLines.slice(0, MAX_REPORTED_LINES) }
}

function report(
  { source, items, errors, title, parseReports }: PerSource,
  keyOf: (prompt: string) => string
): SourceInfo {
  const info: SourceInfo = {
    path: source.path,
    name: source.name,
    ...(title ? { title } : {}),
    builtIn: source.builtIn,
    kind: source.kind,
    status: errors.length > 0 ? 'error' : 'ok',
    itemCount: items.length,
    sections: sectionTotals(items, keyOf),
    files: source.files.map((file) => file.name),
    parseReports
  }
  if (errors.length > 0) info.error = errorSummary(source, errors)
  return info
}

// A folder names how many of its files were skipped, then the first reasons.
function errorSummary(source: ResolvedSource, errors: string[]): string {
  if (source.kind === 'file' || source.error) return errors.join('; ')
  // Each reason is a sentence; joined with "; " it drops its full stop (no ".;").
  const shown = errors
    .slice(0, 3)
    .map((e) => e.replace(/\.$/, ''))
    .join('; ')
  const more = errors.length > 3 ? `; and ${errors.length - 3} more` : ''
  return `${errors.length} of ${source.files.length} files skipped: ${shown}${more}`
}

/**
 * Distinct questions per section, in first-seen order. Items outside any section count under
 * NO_SECTION, the same row the Progress table shows.
 */
function sectionTotals(items: ParsedItem[], keyOf: (prompt: string) => string): SectionNode[] {
  const keys = new Map<string, Set<string>>()
  for (const item of items) {
    const name = item.section || NO_SECTION
    let set = keys.get(name)
    if (!set) keys.set(name, (set = new Set()))
    set.add(keyOf(item.prompt))
  }
  return [...keys].map(([name, set]) => ({ name, total: set.size, answered: 0, confident: 0 }))
}
