/** Adapts the SourceRegistry (seeds + the user's files and folders) to the notebook's CatalogPort. */
import type { AppNotice, IndexProgress, SourceInfo } from '../../../shared/ipc/types'
import type { KeyValueStore } from '../../store/keyValueStore'
import { CachedIngest, type SnapshotWritten } from '../sources/cachedIngest'
import { CatalogSnapshots } from '../sources/catalogSnapshot'
import { codeFingerprint } from '../sources/codeFingerprint'
import { startParsePool } from '../sources/parserPool'
import { BUILTIN_PREFIX, SourceRegistry } from '../sources/index'
import type { CatalogPort, LoadedCatalog } from './ports'

/**
 * The default catalog: the shipped seeds plus the sources listed in the store. With a
 * `cacheDir`, the first load comes from the start-up cache when there is one (the sources are
 * then checked in the background, and a change reloads as a source edit does).
 */
export function createSourcesCatalog(
  seedsDir: string,
  store: KeyValueStore,
  onProgress?: (progress: IndexProgress) => void,
  cacheDir: string | null = null,
  onSnapshotBytes?: (body: Uint8Array, hash: string) => void,
  parseWorkerUrl?: URL,
  onSnapshotWritten?: SnapshotWritten
): CatalogPort {
  // Parsing runs in worker threads (one per core, up to two): a large document never blocks
  // the main process, and a cold start parses two documents at a time.
  const parser = startParsePool(undefined, parseWorkerUrl)
  const registry = new SourceRegistry({ seedsDir, store, parser })
  const snapshots = cacheDir ? new CatalogSnapshots(cacheDir, codeFingerprint()) : null
  // The catalog last saved, and the hash of its bytes (a reload's load() passes it on).
  let written: { catalog: LoadedCatalog['catalog']; hash: string } | null = null
  const ingest = new CachedIngest(
    registry,
    snapshots,
    () => JSON.stringify([seedsDir, registry.userSources()]),
    (catalog, hash) => {
      written = { catalog, hash }
      onSnapshotWritten?.(catalog, hash)
    }
  )
  const listeners = new Set<() => void>()
  let first = true
  let disposed = false
  let checking: Promise<void> = Promise.resolve()
  let unchecked: string | null = null

  function startCheck(): void {
    if (unchecked === null) return
    const fingerprint = unchecked
    unchecked = null
    checking = verify(fingerprint)
  }

  // After a start from the cache: the sources as they are now, reloaded only if they changed.
  async function verify(fingerprint: string): Promise<void> {
    try {
      const fresh = await ingest.ingest()
      if (!disposed && fresh.fingerprint !== fingerprint)
        for (const listener of listeners) listener()
    } catch (error) {
      console.warn(`Checking the sources after start-up failed: ${String(error)}`)
    }
  }

  return {
    async load() {
      const starting = first
      if (first) {
        first = false
        const hit = await ingest.cached(onSnapshotBytes)
        if (hit) {
          const { catalog, reports, fingerprint } = hit.snapshot
          // Checked once start-up is over (started(), or whoever waits for settled()).
          unchecked = fingerprint
          return {
            ...loadedFrom(catalog, reports),
            loadItems: () => ingest.cachedItems(),
            snapshotBody: hit.body,
            snapshotHash: hit.hash
          }
        }
      }
      // The cache of a cold start is written once start-up is over (started(), settled()), and
      // its related questions are linked while the search index is built.
      const { catalog, reports, items, linked } = await ingest.ingest(onProgress, {
        deferWrite: starting,
        linkLater: starting
      })
      const hash = written?.catalog === catalog ? written.hash : undefined
      return {
        ...loadedFrom(catalog, reports),
        items,
        linked,
        ...(hash ? { snapshotHash: hash } : {})
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
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
        void watcher.dispose()
      }
    },
    started: () => {
      startCheck()
      void ingest.writeDeferred()
    },
    settled: async () => {
      startCheck()
      await checking
      await ingest.writeDeferred()
    },
    dispose: async () => {
      disposed = true
      unchecked = null
      // A cache write still under way (or held back) must not outlive the service (its
      // folder may go next).
      await checking
      await ingest.writeDeferred()
      // The worker goes with the service (a bench or test process that disposes it can exit).
      await parser.close()
    }
  }
}

function loadedFrom(catalog: LoadedCatalog['catalog'], reports: SourceInfo[]): LoadedCatalog {
  const notices: AppNotice[] = reports
    .filter((r) => r.status === 'error')
    .map((r) => ({
      level: 'warning',
      message:
        r.itemCount > 0
          ? `Part of ${r.name} could not be read: ${r.error ?? 'unknown error'}`
          : `Nothing could be read from ${r.name}: ${r.error ?? 'unknown error'}`
    }))
  // Which entries each source holds is worked out once, by the notebook, over the catalog it
  // shows (My questions and corrections included).
  return { catalog, sources: reports, notices }
}
