/** Sources: reading documents from disk, the user's source list, ingesting and watching. */
export { readDocument, toDocumentError } from './readDocument'
export { expandFolder, isDocumentPath, DOCUMENT_EXTENSIONS } from './expandFolder'
export {
  ingestSources,
  type IngestResult,
  type IngestProgress,
  type ResolvedSource
} from './ingestSources'
export { SourceRegistry, BUILTIN_PREFIX, type SourceRegistryOptions } from './sourceRegistry'
export {
  memoryStore,
  readUserSources,
  writeUserSources,
  SOURCES_STORE_KEY,
  type KeyValueStore,
  type UserSource
} from './sourceList'
export { watchSources, type SourceWatcher, type WatchOptions } from './watchSources'
export { uniqueSourceName } from './sourceName'
