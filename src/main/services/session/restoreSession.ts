/** Turns the saved session into what the renderer reopens, against today's catalog. */
import type { CatalogEntry } from '../../../shared/domain/types'
import type { RestoredSession, SessionState } from '../../../shared/ipc/sessionTypes'

/**
 * The saved state with its question looked up: a question merged into another opens that one;
 * one whose source was removed (or that is hidden) opens nothing, while the search, filters and
 * scroll still come back. Null when there is nothing to restore.
 */
export function restoreSession(
  saved: SessionState | null,
  byId: ReadonlyMap<string, CatalogEntry>
): RestoredSession | null {
  if (!saved) return null
  const entry = saved.openId ? byId.get(saved.openId) : undefined
  const shown = entry && !entry.corrections?.hidden
  return {
    query: saved.query,
    filters: saved.filters,
    browseAll: saved.browseAll,
    resultsScroll: saved.resultsScroll,
    view: saved.view,
    open: shown ? { id: entry.id, prompt: entry.prompt } : null
  }
}
