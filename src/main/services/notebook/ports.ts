/**
 * What the notebook service needs from the sources and search services. Small on purpose: the
 * real services plug in through adapters, and tests can pass fakes.
 */
import type { Catalog } from '../../../shared/domain/types'
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
  /** Aligned with `sources`. */
  membership: SourceMembership[]
  notices: AppNotice[]
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
  dispose(): Promise<void>
}

/** The search engine: fed the catalog, the answers and the study state. */
export interface SearchPort {
  setCatalog(catalog: Catalog): Promise<void> | void
  updateNote(id: string, markdown: string): Promise<void> | void
  updateStudy(id: string, state: StudyState): Promise<void> | void
  /** The user's own alias groups (Settings). */
  setUserAliases(groups: string[][]): Promise<void> | void
  query(request: SearchRequest): Promise<SearchResponse>
  onProgress(listener: (progress: IndexProgress) => void): () => void
  dispose(): Promise<void> | void
}
