/**
 * A plain scope filter for exports made without the search engine (the command line, tests):
 * the same filters as the search panel, and a text query where every word must appear.
 */
import type { CatalogEntry } from '../types'
import type { SearchFilters } from '../search/types'
import { DEFAULT_STUDY_STATE } from '../../study'
import type { ExportData } from './types'
import { hasAnswer } from './renderQuestion'

export interface ExportScope {
  /** Words that must all occur (case-insensitive) in the prompt, section, tags or any answer. */
  query?: string
  filters?: SearchFilters
}

function searchableText(entry: CatalogEntry, note: string | undefined, tags: string[]): string {
  const parts = [entry.prompt, ...entry.sections, ...tags, ...entry.answers.map((a) => a.markdown)]
  if (note) parts.push(note)
  return parts.join('\n').toLowerCase()
}

/** The entries of `data` inside `scope`, in their original order. */
export function selectEntries(data: ExportData, scope: ExportScope): CatalogEntry[] {
  const words = (scope.query ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
  const f = scope.filters ?? {}
  return data.entries.filter((entry) => {
    const note = data.notes[entry.id]
    const study = data.study[entry.id] ?? DEFAULT_STUDY_STATE
    if (f.answered !== undefined && hasAnswer(note) !== f.answered) return false
    if (f.favourite !== undefined && study.favourite !== f.favourite) return false
    if (f.checked !== undefined && entry.checked !== f.checked) return false
    if (f.status && f.status.length > 0 && !f.status.includes(study.status)) return false
    if (f.sections && f.sections.length > 0 && !entry.sections.some((s) => f.sections?.includes(s)))
      return false
    if (
      f.sources &&
      f.sources.length > 0 &&
      !entry.occurrences.some((o) => f.sources?.includes(o.file))
    )
      return false
    if (words.length === 0) return true
    const text = searchableText(entry, note, study.tags)
    return words.every((w) => text.includes(w))
  })
}
