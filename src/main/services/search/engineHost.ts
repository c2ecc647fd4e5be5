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
import { bytesHash, catalogKey, IndexCache, warmKey, type CacheStatus } from './indexCache'
import type { CatalogMeta, FromHost, ToHost } from './protocol'
import { QuietWrites } from './quietWrites'

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

/**
 * Creates the message handler; `post` sends replies back to the service. Index cache writes
 * wait for `writeAfterQuietMs` without a query (see QuietWrites).
 */
export function createEngineHost(
  cacheDir: string | null,
  post: (message: FromHost) => void,
  options: { writeAfterQuietMs?: number } = {}
) {
  const cache = new IndexCache(cacheDir)
  const writes = new QuietWrites(options.writeAfterQuietMs ?? 0)
  const notes = new Map<string, string>()
  const study = new Map<string, StudyState>()
  let engine: SearchEngine | null = null
  let aliases: string[][] = []
  let parts: { generation: number; entries: EngineEntry[] } | null = null
  /** The catalog searched now, with what a warm-start file of it needs. */
  let current: {
    generation: number
    entries: readonly EngineEntry[]
    salt: string
    /** The index as its cache file holds it, when read or written (else encoded on demand). */
    indexBytes: Uint8Array | null
  } | null = null

  function addPart(generation: number, entries: EngineEntry[]) {
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
    const { body, meta } = message
    const hash = meta.snapshotHash ?? (body ? bytesHash(body) : null)
    if (!hash) throw new Error('catalog bytes came without bytes or their hash')
    const salt = meta.sourcesHash ?? ''
    const warm = cache.readWarm(warmKey(hash, salt))
    const loaded = warm ? loadCached(warm.entries, warm.index) : null
    if (warm && loaded) {
      current = { generation: message.generation, entries: warm.entries, salt, indexBytes: null }
      return activate(message.generation, loaded, 'hit', warm.entries.length, started)
    }
    // Sent without the bytes (a warm-start file was seen there): the service sends them now.
    if (!body) throw new Error('no warm-start file for these catalog bytes')
    const value = JSON.parse(new TextDecoder().decode(body)) as {
      catalog?: { entries?: unknown }
    }
    const parsed = value?.catalog?.entries
    if (!Array.isArray(parsed)) throw new Error('the catalog bytes hold no entries')
    const entries = (parsed as CatalogEntry[]).map(engineEntry)
    installCatalog(message.generation, entries, meta, started)
    fileWarm(message.generation, hash)
  }

  function installCatalog(
    generation: number,
    entries: readonly EngineEntry[],
    meta: Omit<CatalogMeta, 'snapshotBody'>,
    started: number
  ): void {
    const total = entries.length
    post({ type: 'progress', progress: { phase: 'indexing', done: 0, total } })
    const salt = meta.sourcesHash ?? ''
    const key = catalogKey(entries, salt)
    const cached = cache.read(key, total)
    let status: CacheStatus = cached.status
    const loaded = cached.index ? loadCached(entries, cached.index) : null
    if (cached.index && !loaded) {
      // Decoded, yet not usable with this catalog: drop it like any damaged cache.
      cache.discard(key)
      status = 'corrupt'
    }
    const next =
      loaded ??
      SearchEngine.build(entries, (done) =>
        post({ type: 'progress', progress: { phase: 'indexing', done, total } })
      )
    current = { generation, entries, salt, indexBytes: loaded ? (cached.bytes ?? null) : null }
    // Searchable first; the new index is written after (a cold start must not wait for it).
    activate(generation, next, status, total, started)
    if (loaded) return
    const searched = current
    writes.add(() => {
      try {
        searched.indexBytes = cache.write(key, next.index)
      } catch {
        // A read-only or full disk costs the next start a rebuild, nothing more.
      }
    })
  }

  // The catalog of `generation`, if it is still the one searched, as the warm-start file of
  // catalog bytes with sha256 `hash`.
  function fileWarm(generation: number, hash: string): void {
    writes.add(() => writeWarm(generation, hash))
  }

  function writeWarm(generation: number, hash: string): void {
    if (!current || current.generation !== generation || !engine) return
    try {
      cache.writeWarm(
        warmKey(hash, current.salt),
        current.entries,
        current.indexBytes ?? engine.index
      )
    } catch {
      // A read-only or full disk: the next start parses the bytes again, nothing more.
    }
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
        case 'file-warm':
          return fileWarm(message.generation, message.hash)
        case 'ping':
          // Whoever waits for the host to be idle waits for its cache files too.
          writes.flush()
          return post({ type: 'pong', seq: message.seq })
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
          writes.queried()
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
