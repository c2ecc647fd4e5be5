/**
 * The side of the search engine that runs in the worker thread (or in-process for tests and
 * the CLI): builds or loads the catalog index, keeps notes and study state, answers queries.
 */
import { SearchEngine } from '../../../shared/domain/search/searchEngine'
import type { SearchResponse } from '../../../shared/ipc/types'
import type { StudyState } from '../../../shared/study'
import type { CatalogIndex } from '../../../shared/domain/search/catalogIndex'
import type { CatalogEntry } from '../../../shared/domain/types'
import { engineEntry, type EngineEntry } from '../../../shared/domain/search/engineEntry'
import { catalogBytesKey, catalogKey, IndexCache, type CacheStatus } from './indexCache'
import type { CatalogMeta, FromHost, ToHost } from './protocol'

/** An empty answer, for queries before any catalog is set. */
export const EMPTY_RESPONSE: SearchResponse = { total: 0, hits: [], fallback: false, tookMs: 0 }

// A cached index that decodes but breaks the first query is no index at all.
function loadCached(entries: readonly EngineEntry[], index: CatalogIndex): SearchEngine | null {
  try {
    const engine = SearchEngine.fromIndex(entries, index)
    engine.query({ query: 'probe' })
    return engine
  } catch {
    return null
  }
}

/** Creates the message handler; `post` sends replies back to the service. */
export function createEngineHost(cacheDir: string | null, post: (message: FromHost) => void) {
  const cache = new IndexCache(cacheDir)
  const notes = new Map<string, string>()
  const study = new Map<string, StudyState>()
  let engine: SearchEngine | null = null
  let aliases: string[][] = []
  let parts: { generation: number; entries: CatalogEntry[] } | null = null

  function addPart(generation: number, entries: CatalogEntry[]) {
    // A part of a newer catalog drops the unfinished older one.
    if (!parts || parts.generation !== generation) parts = { generation, entries: [] }
    for (const entry of entries) parts.entries.push(entry)
  }

  function setCatalog(message: Extract<ToHost, { type: 'catalog' }>) {
    const started = performance.now()
    addPart(message.generation, message.entries)
    const entries = parts!.entries
    parts = null
    installCatalog(message.generation, entries, message.meta, started)
  }

  // The start-up cache's bytes: the warm-start file filed under their hash holds the engine's
  // entries and index, so the bytes are parsed only when it is missing (then it is written).
  function setCatalogBytes(message: Extract<ToHost, { type: 'catalog-bytes' }>) {
    const started = performance.now()
    parts = null
    const warmKey = catalogBytesKey(message.body, message.meta.sourcesHash ?? '')
    const warm = cache.readWarm(warmKey)
    const loaded = warm ? loadCached(warm.entries, warm.index) : null
    if (warm && loaded)
      return activate(message.generation, loaded, 'hit', warm.entries.length, started)
    const value = JSON.parse(new TextDecoder().decode(message.body)) as {
      catalog?: { entries?: unknown }
    }
    const entries = value?.catalog?.entries
    if (!Array.isArray(entries)) throw new Error('the catalog bytes hold no entries')
    const next = installCatalog(
      message.generation,
      entries as CatalogEntry[],
      message.meta,
      started
    )
    try {
      cache.writeWarm(warmKey, (entries as CatalogEntry[]).map(engineEntry), next.index)
    } catch {
      // A read-only or full disk: the next start parses the bytes again, nothing more.
    }
  }

  function installCatalog(
    generation: number,
    entries: CatalogEntry[],
    meta: Omit<CatalogMeta, 'snapshotBody'>,
    started: number
  ): SearchEngine {
    const total = entries.length
    post({ type: 'progress', progress: { phase: 'indexing', done: 0, total } })
    const key = catalogKey(entries, meta.sourcesHash ?? '')
    const cached = cache.read(key, total)
    let status: CacheStatus = cached.status
    let next: SearchEngine
    const loaded = cached.index ? loadCached(entries, cached.index) : null
    if (cached.index && !loaded) {
      // Decoded, yet not usable with this catalog: drop it like any damaged cache.
      cache.discard(key)
      status = 'corrupt'
    }
    if (loaded) {
      next = loaded
    } else {
      next = SearchEngine.build(entries, (done) =>
        post({ type: 'progress', progress: { phase: 'indexing', done, total } })
      )
      try {
        cache.write(key, next.index)
      } catch {
        // A read-only or full disk costs the next start a rebuild, nothing more.
        if (status === 'miss') status = 'off'
      }
    }
    activate(generation, next, status, total, started)
    return next
  }

  /** Makes `next` the engine, with the notes, study state and aliases set so far. */
  function activate(
    generation: number,
    next: SearchEngine,
    status: CacheStatus,
    total: number,
    started: number
  ): void {
    for (const [id, markdown] of notes) next.setNote(id, markdown)
    for (const [id, state] of study) next.setStudy(id, state)
    next.setUserAliases(aliases)
    engine = next
    const ms = Math.round(performance.now() - started)
    post({ type: 'progress', progress: { phase: 'ready', done: total, total } })
    post({ type: 'ready', ready: { generation, cache: status, ms, entries: total } })
  }

  return function handle(message: ToHost): void {
    try {
      switch (message.type) {
        case 'catalog-part':
          return addPart(message.generation, message.entries)
        case 'catalog':
          return setCatalog(message)
        case 'catalog-bytes':
          return setCatalogBytes(message)
        case 'note':
          if (message.markdown.trim()) notes.set(message.id, message.markdown)
          else notes.delete(message.id)
          return engine?.setNote(message.id, message.markdown)
        case 'study':
          study.set(message.id, message.state)
          return engine?.setStudy(message.id, message.state)
        case 'aliases':
          aliases = message.groups
          return engine?.setUserAliases(aliases)
        case 'query': {
          const response = engine ? engine.query(message.request) : EMPTY_RESPONSE
          return post({ type: 'result', seq: message.seq, response })
        }
      }
    } catch (error) {
      post({
        type: 'failed',
        seq: message.type === 'query' ? message.seq : null,
        generation:
          message.type === 'catalog' || message.type === 'catalog-bytes'
            ? message.generation
            : null,
        message: error instanceof Error ? error.message : String(error)
      })
    }
  }
}
