/**
 * The main process's handle on search: feeds the engine host the catalog, notes and study
 * state, and answers `search:query`. Only the newest query counts: a query superseded by a
 * newer one resolves as `cancelled` (the caller drops it) and is never run if still waiting.
 */
import type { IndexProgress, SearchRequest, SearchResponse } from '../../../shared/ipc/types'
import type { CatalogEntry } from '../../../shared/domain/types'
import type { StudyState } from '../../../shared/study'
import { engineEntry } from '../../../shared/domain/search/engineEntry'
import { defaultWorkerUrl, startInline, startWorker, type HostLink } from './hostLink'
import { IndexCache, warmKey } from './indexCache'
import type { CatalogMeta, CatalogReady, FromHost, ToHost } from './protocol'

export type { CatalogMeta, CatalogReady } from './protocol'

export interface SearchServiceOptions {
  /** Folder for the cached index (`dataPaths(dir).cacheDir`); null turns caching off. */
  cacheDir: string | null
  /** 'worker' (default): a worker thread. 'inline': this thread (CLI and tests). */
  mode?: 'worker' | 'inline'
  /** Overrides the worker script (tests). */
  workerUrl?: URL
}

interface Waiting {
  seq: number
  request: SearchRequest
  resolve: (response: SearchResponse) => void
  reject: (error: Error) => void
}

/** The catalog as the service holds it (to replay into a restarted worker). */
type HeldCatalog = Omit<Extract<ToHost, { type: 'catalog' }>, 'entries'> & {
  entries: CatalogEntry[]
}

/** The response a superseded query resolves with. */
export function cancelledResponse(): SearchResponse {
  return { total: 0, hits: [], fallback: false, tookMs: 0, cancelled: true }
}

/** Entries per message when posting a catalog to the worker. */
export const CATALOG_SLICE = 2000
/** Restarts allowed after the worker dies before the service gives up. */
const MAX_RESTARTS = 3

export class SearchService {
  private link: HostLink
  private readonly start: () => HostLink
  private readonly progressListeners = new Set<(progress: IndexProgress) => void>()
  private readonly builds = new Map<
    number,
    { resolve: (r: CatalogReady) => void; reject: (e: Error) => void }
  >()
  // What the host holds, kept to replay into a restarted worker.
  private catalog: HeldCatalog | null = null
  private readonly notes = new Map<string, string>()
  private readonly study = new Map<string, StudyState>()
  private aliases: string[][] = []
  private restarts = 0
  private generation = 0
  private seq = 0
  private running: Waiting | null = null
  private next: Waiting | null = null
  private stopped: Error | null = null
  private sending: HeldCatalog | null = null
  /** Catalog bytes the host started reading ahead of setCatalog (see prime). */
  private primed: { generation: number; body: Uint8Array; ready: CatalogReady | null } | null = null
  /** Generations posted as a hash alone (a warm-start file was there): bytes follow on failure. */
  private readonly bodyless = new Set<number>()
  private readonly pings = new Map<number, () => void>()
  private pingSeq = 0
  /** Only asked whether a warm-start file exists (the host reads and writes them). */
  private readonly warmFiles: IndexCache

  constructor(options: SearchServiceOptions) {
    const callbacks = {
      onMessage: (message: FromHost) => this.receive(message),
      onCrash: (error: Error) => this.crash(error)
    }
    this.start = () =>
      options.mode === 'inline'
        ? startInline(options.cacheDir, callbacks)
        : startWorker(options.workerUrl ?? defaultWorkerUrl(), options.cacheDir, callbacks)
    this.link = this.start()
    this.warmFiles = new IndexCache(options.cacheDir)
  }

  /**
   * Replaces the catalog; resolves once it is searchable (loaded from cache or built). A call
   * superseded by a newer one resolves when the newer catalog is ready. Queries meanwhile
   * search the previous catalog.
   */
  setCatalog(entries: CatalogEntry[], meta: CatalogMeta = {}): Promise<CatalogReady> {
    const primed = this.primed
    this.primed = null
    if (primed && meta.snapshotBody === primed.body && primed.generation === this.generation)
      return this.adopt(primed, entries, meta)
    const generation = ++this.generation
    return new Promise((resolve, reject) => {
      if (this.stopped) return reject(this.stopped)
      this.builds.set(generation, { resolve, reject })
      this.catalog = { type: 'catalog', generation, entries, meta }
      void this.sendCatalog(this.catalog)
    })
  }

  /**
   * Hands the host the start-up cache's catalog bytes as soon as they are read, so it parses
   * them and loads the index while this thread parses the same bytes for itself. A setCatalog
   * with the very same bytes then waits for that work instead of starting it; any other
   * catalog supersedes it.
   */
  prime(body: Uint8Array, hash?: string): void {
    if (this.stopped) return
    const generation = ++this.generation
    this.primed = { generation, body, ready: null }
    this.postBytes(generation, body, hash ? { snapshotHash: hash } : {})
  }

  /**
   * Posts catalog bytes: only their hash when a warm-start file is filed under it (the host
   * then reads that file and never needs the bytes: no copy of 50 MB), else a copy of them.
   */
  private postBytes(generation: number, body: Uint8Array, meta: CatalogMeta): void {
    const hash = meta.snapshotHash
    if (
      hash &&
      !this.bodyless.has(generation) &&
      this.warmFiles.hasWarm(warmKey(hash, meta.sourcesHash ?? ''))
    ) {
      this.bodyless.add(generation)
      this.link.post({ type: 'catalog-bytes', generation, meta: withoutBody(meta) })
      return
    }
    this.bodyless.delete(generation)
    // A copy moves to the host (the original stays for a restarted worker): one buffer
    // handed over instead of 50,000 entries cloned in slices.
    const copy = copyBytes(body)
    this.link.post({ type: 'catalog-bytes', generation, body: copy, meta: withoutBody(meta) }, [
      copy.buffer as ArrayBuffer
    ])
  }

  /**
   * The catalog searched now was saved as start-up cache bytes with sha256 `hash`: the host
   * files it as their warm-start file, so the next start from those bytes loads it.
   */
  fileWarm(hash: string): void {
    if (this.stopped || !this.catalog) return
    this.link.post({ type: 'file-warm', generation: this.catalog.generation, hash })
  }

  // setCatalog of the primed bytes: the host is already reading them.
  private adopt(
    primed: NonNullable<SearchService['primed']>,
    entries: CatalogEntry[],
    meta: CatalogMeta
  ): Promise<CatalogReady> {
    const { generation } = primed
    this.catalog = { type: 'catalog', generation, entries, meta }
    return new Promise((resolve, reject) => {
      if (this.stopped) return reject(this.stopped)
      if (primed.ready) return resolve(primed.ready)
      this.builds.set(generation, { resolve, reject })
    })
  }

  /**
   * Posts the catalog in slices, yielding between them: copying 50,000 entries into the worker
   * in one message would hold the main thread for about half a second.
   */
  private async sendCatalog(catalog: HeldCatalog): Promise<void> {
    const link = this.link
    const { entries, meta } = catalog
    if (meta.snapshotBody) {
      this.postBytes(catalog.generation, meta.snapshotBody, meta)
      this.pump()
      return
    }
    // Queries wait until the whole catalog is posted, so they search the new one.
    this.sending = catalog
    let at = 0
    for (; entries.length - at > CATALOG_SLICE; at += CATALOG_SLICE) {
      const slice = entries.slice(at, at + CATALOG_SLICE).map(engineEntry)
      link.post({ type: 'catalog-part', generation: catalog.generation, entries: slice })
      await new Promise((resolve) => setImmediate(resolve))
      // A newer catalog or a restarted worker takes over.
      if (link !== this.link || catalog !== this.catalog || this.stopped) return
    }
    link.post({ ...catalog, entries: entries.slice(at).map(engineEntry) })
    this.sending = null
    this.pump()
  }

  /** Resolves once the host has done everything posted so far (a warm-start file to write). */
  idle(): Promise<void> {
    if (this.stopped) return Promise.resolve()
    return new Promise((resolve) => {
      const seq = ++this.pingSeq
      this.pings.set(seq, resolve)
      this.link.post({ type: 'ping', seq })
    })
  }

  /** The user's answer changed (empty text clears it); searchable from the next query on. */
  updateNote(id: string, markdown: string): void {
    if (this.stopped) return
    if (markdown.trim()) this.notes.set(id, markdown)
    else this.notes.delete(id)
    this.link.post({ type: 'note', id, markdown })
  }

  /** The user's own alias groups changed (Settings); applies from the next query on. */
  setUserAliases(groups: string[][]): void {
    if (this.stopped) return
    this.aliases = groups
    this.link.post({ type: 'aliases', groups })
  }

  /** Study state (status, favourite, tags) changed for one entry. */
  updateStudy(id: string, state: StudyState): void {
    if (this.stopped) return
    this.study.set(id, state)
    this.link.post({ type: 'study', id, state })
  }

  /** Runs a search. If a newer query arrives first, this one resolves with `cancelled: true`. */
  query(request: SearchRequest): Promise<SearchResponse> {
    return new Promise((resolve, reject) => {
      if (this.stopped) return reject(this.stopped)
      this.next?.resolve(cancelledResponse())
      this.next = { seq: ++this.seq, request, resolve, reject }
      this.pump()
    })
  }

  /** Index build progress (also 'ready' when done); returns the unsubscribe function. */
  onProgress(listener: (progress: IndexProgress) => void): () => void {
    this.progressListeners.add(listener)
    return () => this.progressListeners.delete(listener)
  }

  /** Stops the engine; pending work resolves as cancelled. */
  async dispose(): Promise<void> {
    this.next?.resolve(cancelledResponse())
    this.running?.resolve(cancelledResponse())
    this.next = this.running = null
    this.fail(new Error('search service disposed'))
    await this.link.terminate()
  }

  // One query at a time goes to the host; the newest waiting one replaces any older one.
  private pump(): void {
    if (this.running || !this.next || this.sending) return
    this.running = this.next
    this.next = null
    this.link.post({ type: 'query', seq: this.running.seq, request: this.running.request })
  }

  private receive(message: FromHost): void {
    switch (message.type) {
      case 'progress':
        for (const listener of this.progressListeners) listener(message.progress)
        return
      case 'pong':
        this.pings.get(message.seq)?.()
        this.pings.delete(message.seq)
        return
      case 'ready':
        if (this.primed?.generation === message.ready.generation) this.primed.ready = message.ready
        // Superseded catalogs settle with the newer one.
        for (const [generation, build] of this.builds)
          if (generation <= message.ready.generation) {
            build.resolve(message.ready)
            this.builds.delete(generation)
          }
        return
      case 'result':
      case 'failed': {
        if (message.type === 'failed' && message.generation !== null) {
          const bodyless = this.bodyless.delete(message.generation)
          // Primed bytes that did not read: setCatalog sends the entries as it would anyway.
          if (this.primed?.generation === message.generation) return void (this.primed = null)
          const current = this.catalog
          if (bodyless && current?.generation === message.generation && current.meta.snapshotBody) {
            // The warm-start file was not usable after all: the bytes themselves go now.
            this.postBytes(current.generation, current.meta.snapshotBody, current.meta)
            return
          }
          if (current?.generation === message.generation && current.meta.snapshotBody) {
            // The bytes did not read as a catalog: send the entries themselves instead.
            this.catalog = { ...current, meta: withoutBody(current.meta) }
            void this.sendCatalog(this.catalog)
            return
          }
          this.builds.get(message.generation)?.reject(new Error(message.message))
          this.builds.delete(message.generation)
          return
        }
        const done = this.running
        if (!done || done.seq !== message.seq) return
        this.running = null
        if (this.next) done.resolve(cancelledResponse())
        else if (message.type === 'result') done.resolve(message.response)
        else done.reject(new Error(message.message))
        this.pump()
      }
    }
  }

  /**
   * The worker died: start a new one and replay the catalog, notes, study state and the query
   * that was running, so the caller sees a delay rather than an error. Gives up after
   * MAX_RESTARTS (a query that kills the worker every time must not loop forever).
   */
  private crash(error: Error): void {
    if (this.stopped) return
    if (this.restarts >= MAX_RESTARTS) return this.fail(error)
    this.restarts++
    this.link = this.start()
    // What the dead host was doing is lost either way: whoever waited need not wait longer.
    for (const resolve of this.pings.values()) resolve()
    this.pings.clear()
    // Read-ahead bytes died with the old host: setCatalog sends its catalog as usual.
    this.primed = null
    for (const [id, markdown] of this.notes) this.link.post({ type: 'note', id, markdown })
    for (const [id, state] of this.study) this.link.post({ type: 'study', id, state })
    if (this.aliases.length) this.link.post({ type: 'aliases', groups: this.aliases })
    // The query that was running goes again, after the catalog, unless a newer one waits.
    const lost = this.running
    this.running = null
    if (lost && this.next) lost.resolve(cancelledResponse())
    else if (lost) this.next = lost
    this.sending = null
    if (this.catalog) void this.sendCatalog(this.catalog)
    else this.pump()
  }

  private fail(error: Error): void {
    if (this.stopped) return
    this.stopped = error
    for (const resolve of this.pings.values()) resolve()
    this.pings.clear()
    for (const build of this.builds.values()) build.reject(error)
    this.builds.clear()
    this.running?.reject(error)
    this.next?.reject(error)
    this.running = this.next = null
  }
}

/**
 * A copy in a buffer of its own, safe to transfer. Not `bytes.slice()`: on a Node Buffer (the
 * cache file's bytes are one) that is a view, and transferring it would detach the original.
 */
function copyBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes)
}

/** The meta without its catalog bytes. */
function withoutBody(meta: CatalogMeta): CatalogMeta {
  const rest = { ...meta }
  delete rest.snapshotBody
  return rest
}
