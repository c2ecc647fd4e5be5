/** Messages between the SearchService and the engine host (worker thread or in-process). */
import type { IndexProgress, SearchRequest, SearchResponse } from '../../../shared/ipc/types'
import type { EngineEntry } from '../../../shared/domain/search/engineEntry'
import type { StudyState } from '../../../shared/study'
import type { CacheStatus } from './indexCache'

/** Facts about a catalog the caller may pass along; `sourcesHash` is mixed into the cache key. */
export interface CatalogMeta {
  sourcesHash?: string
  /**
   * The same entries as JSON bytes (`{ catalog: { entries } }`, the start-up cache's body):
   * the host parses them itself, so no entry is copied message by message.
   */
  snapshotBody?: Uint8Array
  /**
   * sha256 (hex) of `snapshotBody`, as the start-up cache's header gives it (checked when the
   * file was read): the warm-start file is filed under it, so the bytes are not hashed again.
   */
  snapshotHash?: string
}

/** How the last catalog became searchable. */
export interface CatalogReady {
  generation: number
  cache: CacheStatus
  /** Time to load or build the index in the engine host. */
  ms: number
  entries: number
}

export type ToHost =
  /**
   * A slice of a big catalog, sent ahead so no single message blocks the main thread long.
   * Entries go as the engine reads them (engineEntry): no related ids, links or keys to copy.
   */
  | { type: 'catalog-part'; generation: number; entries: EngineEntry[] }
  /** The last slice: the host joins the parts of this generation and builds or loads. */
  | { type: 'catalog'; generation: number; entries: EngineEntry[]; meta: CatalogMeta }
  /**
   * The whole catalog as JSON bytes (transferred, not copied): the host reads the entries.
   * Without `body` (only `meta.snapshotHash`), the host loads the warm-start file filed under
   * that hash, and fails the generation if there is none.
   */
  | { type: 'catalog-bytes'; generation: number; body?: Uint8Array; meta: CatalogMeta }
  /**
   * The catalog of `generation` was saved as the start-up cache's bytes with sha256 `hash`:
   * the host files its entries and index as the warm-start file of those bytes.
   */
  | { type: 'file-warm'; generation: number; hash: string }
  /** Answered with a pong once everything posted before it is done. */
  | { type: 'ping'; seq: number }
  | { type: 'note'; id: string; markdown: string }
  | { type: 'study'; id: string; state: StudyState }
  | { type: 'query'; seq: number; request: SearchRequest }
  /** The user's own alias groups (Settings), added to the shipped ones. */
  | { type: 'aliases'; groups: string[][] }

export type FromHost =
  | { type: 'progress'; progress: IndexProgress }
  | { type: 'ready'; ready: CatalogReady }
  | { type: 'result'; seq: number; response: SearchResponse }
  | { type: 'pong'; seq: number }
  | { type: 'failed'; seq: number | null; generation: number | null; message: string }
