/**
 * What the notebook service needs from the sources and search services. Small on purpose: the
 * real services plug in through adapters, and tests can pass fakes.
 */
import type { Catalog, ParsedItem } from '../../../shared/domain/types'
import type {
  AppNotice,
  IndexProgress,
  SearchRequest,
  SearchResponse,
  SourceInfo
} from '../../../shared/ipc/types'
import type { StudyState } from '../../../shared/study'

/** Which catalog entries one source holds, overall and per section (first-seen order). */
export interface SourceMembership {
  ids: Set<string>
  sections: Map<string, Set<string>>
}

/** The catalog built from every source, with what went wrong per source. */
export interface LoadedCatalog {
  catalog: Catalog
  /** One per source, in source order; answered/confident are filled by the notebook. */
  sources: SourceInfo[]
  notices: AppNotice[]
  /** Every parsed item, so My questions can merge with the sources' entries (optional for fakes). */
  items?: ParsedItem[]
  /** Gets the items when they were not loaded up front (a start from the cache). */
  loadItems?: () => Promise<ParsedItem[]>
  /**
   * The catalog as JSON (`{ catalog: { entries } }`, the start-up cache's bytes): the search
   * worker can read the entries from it instead of receiving them one by one.
   */
  snapshotBody?: Uint8Array
  /** sha256 (hex) of the start-up cache's bytes of this catalog, when they are saved. */
  snapshotHash?: string
  /**
   * Pending while the entries' related questions are still being linked (a cold start): the
   * search index does not read them, so it is built meanwhile.
   */
  linked?: Promise<void>
}

/** The built-in seeds plus the user's files and folders. */
export interface CatalogPort {
  /** Reads every source (one bad file is reported, the rest still load). */
  load(): Promise<LoadedCatalog>
  /** Adds files or folders; returns a message per path that could not be added. */
  add(paths: string[]): Promise<string[]>
  /** Stops a folder scan under way; true when one was running. */
  cancel?(): boolean
  /** Removes a user source; throws a readable error for a built-in or unknown one. */
  remove(path: string): Promise<void>
  /** Called when a source changes on disk; returns an unsubscribe function. */
  onChange(listener: () => void): () => void
  /**
   * Start-up is over (the first catalog is searchable): a start from the cache checks the
   * sources now, so the check never competes with loading the index.
   */
  started?(): void
  /** Resolves once the background check of a start from the cache (if any) has finished. */
  settled?(): Promise<void>
  dispose(): Promise<void>
}

/** The search engine: fed the catalog, the answers and the study state. */
export interface SearchPort {
  /**
   * `snapshotBody`: the same entries as JSON bytes (see LoadedCatalog), when available, with
   * their sha256 `snapshotHash`.
   */
  setCatalog(
    catalog: Catalog,
    snapshotBody?: Uint8Array,
    snapshotHash?: string
  ): Promise<void> | void
  updateNote(id: string, markdown: string): Promise<void> | void
  updateStudy(id: string, state: StudyState): Promise<void> | void
  /**
   * The start-up cache's catalog bytes, as soon as they are read: the engine may start reading
   * them while the caller does; a setCatalog with the same bytes then reuses that work.
   */
  prime?(snapshotBody: Uint8Array, snapshotHash?: string): void
  /**
   * The catalog searched now is saved as start-up cache bytes with sha256 `snapshotHash`: the
   * engine may file its index under them, so the next start from those bytes loads it.
   */
  fileWarm?(snapshotHash: string): void
  /** Resolves once the engine has done the work handed to it so far (such a filing). */
  idle?(): Promise<void>
  /** The user's own alias groups (Settings). */
  setUserAliases(groups: string[][]): Promise<void> | void
  query(request: SearchRequest): Promise<SearchResponse>
  onProgress(listener: (progress: IndexProgress) => void): () => void
  dispose(): Promise<void> | void
}
