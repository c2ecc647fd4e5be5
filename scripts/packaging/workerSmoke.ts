/**
 * Starts the packaged search worker exactly as the app does (a worker thread from
 * app.asar.unpacked) over the packaged seeds, and runs one query through it.
 */
import { pathToFileURL } from 'node:url'
import { SearchService } from '../../src/main/services/search/searchService'
import { memoryStore, SourceRegistry } from '../../src/main/services/sources'

export interface WorkerSmoke {
  entries: number
  hits: number
  top: string | null
}

/** Ingests `seedsDir`, indexes it in the worker at `workerFile` and searches for `query`. */
export async function smokeTestWorker(
  workerFile: string,
  seedsDir: string,
  query = 'decorator'
): Promise<WorkerSmoke> {
  const registry = new SourceRegistry({ seedsDir, store: memoryStore({}) })
  const { catalog } = await registry.ingest()
  const service = new SearchService({ cacheDir: null, workerUrl: pathToFileURL(workerFile) })
  try {
    await service.setCatalog(catalog.entries)
    const { hits } = await service.query({ query, limit: 5 })
    return { entries: catalog.entries.length, hits: hits.length, top: hits[0]?.prompt ?? null }
  } finally {
    await service.dispose()
  }
}
