/**
 * The saved window state's types and version, with no runtime dependencies, so the renderer
 * can use them without bundling the validators (the schema is in `sessionState.ts`).
 */
import type { StudyStatus } from '../study'
import type { RelatedLink } from './types'

/** Bumped when the shape changes; an older file is then ignored (the defaults apply). */
export const SESSION_VERSION = 1

/** Where the notebook window left off ("Reopen where I left off"). */
export interface SessionState {
  v: typeof SESSION_VERSION
  query: string
  /** The filter chips and sidebar selection, as the renderer's FilterState holds them. */
  filters: {
    sources: string[]
    sections: string[]
    status: StudyStatus[]
    answered?: boolean | undefined
    checked?: boolean | undefined
    favourite: boolean
  }
  /** The results list was showing every question (Browse all) with no query. */
  browseAll: boolean
  /** The open question's id; checked against the catalog when read back. */
  openId: string | null
  /** The result list's scrollTop in px. */
  resultsScroll: number
  view: 'notebook' | 'study'
}

/** What bootstrap returns: the saved state with the open question resolved (or gone: null). */
export type RestoredSession = Omit<SessionState, 'openId' | 'v'> & { open: RelatedLink | null }
