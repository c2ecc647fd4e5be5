/**
 * Reads, parses and catalogs every source. One bad file is reported on its source and skipped;
 * the rest still load.
 */
import { buildCatalog } from '../../../shared/domain/catalog/buildCatalog'
import { normalizePrompt } from '../../../shared/domain/catalog/normalizePrompt'
import { NO_SECTION } from '../../../shared/domain/catalog/occurrenceSections'
import { documentTitle } from '../../../shared/domain/parse/documentTitle'
import type { Catalog, ParsedItem } from '../../../shared/domain/types'
import type { SectionNode, SourceInfo } from '../../../shared/ipc/types'
import { importFile } from './readDocument'

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
  phase: 'reading' | 'parsing'
  done: number
  total: number
}

export interface IngestResult {
  catalog: Catalog
  /** One per source, in source order. answered/confident are 0: the notebook fills them in. */
  reports: SourceInfo[]
  /** Every parsed item, in source and document order. */
  items: ParsedItem[]
}

/** Reads and parses each source's files in order, then builds one catalog from all items. */
export async function ingestSources(
  sources: readonly ResolvedSource[],
  onProgress?: (progress: IngestProgress) => void
): Promise<IngestResult> {
  const total = sources.reduce((sum, s) => sum + s.files.length, 0)
  let done = 0
  const items: ParsedItem[] = []
  const perSource: PerSource[] = []
  for (const source of sources) {
    const result: PerSource = { source, items: [], errors: source.error ? [source.error] : [] }
    for (const file of source.files) {
      onProgress?.({ phase: 'reading', done, total })
      try {
        const document = await importFile(file.path, file.name)
        for (const item of document.items) result.items.push(item)
        // A folder keeps the name the user gave it; a single document gets its own title.
        if (source.kind === 'file' && document.text !== undefined) {
          result.title = documentTitle(document.text, file.name)
        }
      } catch (error) {
        result.errors.push(error instanceof Error ? error.message : String(error))
      }
      done++
    }
    items.push(...result.items)
    perSource.push(result)
  }
  onProgress?.({ phase: 'parsing', done: total, total })
  const catalog = buildCatalog(items)
  const reports = perSource.map(report)
  return { catalog, reports, items }
}

interface PerSource {
  source: ResolvedSource
  items: ParsedItem[]
  errors: string[]
  title?: string
}

function report({ source, items, errors, title }: PerSource): SourceInfo {
  const info: SourceInfo = {
    path: source.path,
    name: source.name,
    ...(title ? { title } : {}),
    builtIn: source.builtIn,
    kind: source.kind,
    status: errors.length > 0 ? 'error' : 'ok',
    itemCount: items.length,
    sections: sectionTotals(items),
    files: source.files.map((file) => file.name)
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
function sectionTotals(items: ParsedItem[]): SectionNode[] {
  const keys = new Map<string, Set<string>>()
  for (const item of items) {
    const name = item.section || NO_SECTION
    let set = keys.get(name)
    if (!set) keys.set(name, (set = new Set()))
    set.add(normalizePrompt(item.prompt))
  }
  return [...keys].map(([name, set]) => ({ name, total: set.size, answered: 0, confident: 0 }))
}
