/** Adapts the search service (lunr in a worker thread, or inline) to the notebook's SearchPort. */
import { SearchService } from '../search/searchService'
import type { SearchPort } from './ports'

/**
 * Starts the search engine; `cacheDir` null turns the on-disk index cache off; `workerUrl`
 * replaces the worker script found next to this module.
 */
export function createSearchPort(
  cacheDir: string | null,
  mode: 'worker' | 'inline',
  workerUrl?: URL
): SearchPort {
  const service = new SearchService({ cacheDir, mode, ...(workerUrl ? { workerUrl } : {}) })
  return {
    setCatalog: async (catalog, snapshotBody, snapshotHash) =>
      void (await service.setCatalog(
        catalog.entries,
        snapshotBody ? { snapshotBody, ...(snapshotHash ? { snapshotHash } : {}) } : {}
      )),
    prime: (snapshotBody, snapshotHash) => service.prime(snapshotBody, snapshotHash),
    fileWarm: (snapshotHash) => service.fileWarm(snapshotHash),
    idle: () => service.idle(),
    updateNote: (id, markdown) => service.updateNote(id, markdown),
    updateStudy: (id, state) => service.updateStudy(id, state),
    setUserAliases: (groups) => service.setUserAliases(groups),
    query: (request) => service.query(request),
    onProgress: (listener) => service.onProgress(listener),
    dispose: () => service.dispose()
  }
}
