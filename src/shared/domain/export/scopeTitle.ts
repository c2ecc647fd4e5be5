/**
 * A short name for what an export holds, used as the Anki deck's name: "Study Notebook" for
 * everything, "Study Notebook – decorator · Django · answered" for a search with filters.
 */
import { DEFAULT_TITLE } from './renderSingleFile'

/** The parts of a scope that name it (the search panel's query and filters). */
export interface NamedScope {
  query?: string
  filters?: {
    sources?: readonly string[]
    sections?: readonly string[]
    status?: readonly string[]
    answered?: boolean
    favourite?: boolean
    checked?: boolean
  }
}

const MAX_TITLE = 120

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file

/** The title for `scope`; DEFAULT_TITLE when it is everything. */
export function scopeTitle(scope: NamedScope): string {
  const f = scope.filters ?? {}
  const parts = [
    scope.query?.trim() ? `“${scope.query.trim()}”` : '',
    ...(f.sections ?? []),
    ...(f.sources ?? []).map(baseName),
    ...(f.status ?? []),
    f.answered === true ? 'answered' : f.answered === false ? 'unanswered' : '',
    f.favourite ? 'favourites' : '',
    f.checked === true ? 'checked' : f.checked === false ? 'unchecked' : ''
  ].filter((p) => p !== '')
  if (parts.length === 0) return DEFAULT_TITLE
  const title = `${DEFAULT_TITLE} – ${parts.join(' · ')}`
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1).trimEnd()}…` : title
}
