/**
 * What the search engine takes and gives: filters, a request, hits with their match ranges and
 * the response. Plain data of the domain; the IPC contract re-exports it for the renderer.
 */
import type { StudyStatus } from '../../study'

export interface SearchFilters {
  /** Source file names (as in SourceRef.file). */
  sources?: string[]
  sections?: string[]
  status?: StudyStatus[]
  /** true: only questions with my answer; false: only without. */
  answered?: boolean
  /** true: checked `[x]` in a source; false: unchecked `[ ]`. */
  checked?: boolean
  favourite?: boolean
}

export interface SearchRequest {
  query: string
  filters?: SearchFilters
  limit?: number
  offset?: number
  /**
   * Which match ranges the hits carry: 'all' (default) every field's, 'prompt' only the
   * prompt's (what the result list shows; the rest would be computed for nothing).
   */
  ranges?: 'prompt' | 'all'
}

/** Character ranges `[start, length]` of matched terms, per field, for highlighting. */
export type MatchRanges = Record<string, Array<[number, number]>>

export interface SearchHit {
  id: string
  prompt: string
  section: string | null
  score: number
  askedIn: number
  answered: boolean
  status: StudyStatus
  favourite: boolean
  checked: boolean | null
  /** Ranges in `prompt` (key 'prompt') and other fields the UI may highlight. */
  matches: MatchRanges
}

export interface SearchResponse {
  total: number
  hits: SearchHit[]
  /** Set when the query's power syntax was malformed and a plain search was run instead. */
  fallback: boolean
  tookMs: number
  /** The query with its unknown words corrected ("middlewear" → "middleware"), when any were. */
  didYouMean?: string
  /** Set when a newer query superseded this one before it ran or returned: drop it. */
  cancelled?: boolean
}
