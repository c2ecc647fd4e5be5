/** Adapts the SourceRegistry (seeds + the user's files and folders) to the notebook's CatalogPort. */
import type { AppNotice, IndexProgress } from '../../../shared/ipc/types'
import type { KeyValueStore } from '../../store/keyValueStore'
import { startParseWorker } from '../sources/documentParser'
import { BUILTIN_PREFIX, SourceRegistry } from '../sources/index'
import type { CatalogPort } from './ports'
import { membershipOf } from './sourceMembership'

/** The default catalog: the shipped seeds plus the sources listed in the store. */
export function createSourcesCatalog(
  seedsDir: string,
  store: KeyValueStore,
  onProgress?: (progress: IndexProgress) => void
): CatalogPort {
  // Parsing runs in a worker thread: a large document never blocks the main process.
  const registry = new SourceRegistry({ seedsDir, store, parser: startParseWorker() })
  return {
    async load() {
      const { catalog, reports } = await registry.ingest(onProgress)
      const notices: AppNotice[] = reports
        .filter((r) => r.status === 'error')
        .map((r) => ({
          level: 'warning',
          message:
            r.itemCount > 0
              ? `Part of ${r.name} could not be read: ${r.error ?? 'unknown error'}`
              : `Nothing could be read from ${r.name}: ${r.error ?? 'unknown error'}`
        }))
      return {
        catalog,
        sources: reports,
        membership: membershipOf(catalog, reports),
        notices
      }
    },
    async add(paths) {
      const problems: string[] = []
      for (const path of paths) {
        try {
          await registry.add(path)
        } catch (error) {
          problems.push(error instanceof Error ? error.message : String(error))
        }
      }
      return problems
    },
    cancel: () => registry.cancelScan(),
    async remove(path) {
      if (path.startsWith(BUILTIN_PREFIX))
        throw new Error('Built-in question lists cannot be removed.')
      if (!registry.remove(path)) throw new Error(`${path} is not in your sources.`)
    },
    onChange(listener) {
      const watcher = registry.watch(() => listener())
      return () => void watcher.dispose()
    },
    dispose: async () => undefined
  }
}
