/**
 * The sources the catalog is built from: the built-in seeds plus the files and folders the user
 * added. The user's list persists in the settings store (config.json under `sources`).
 */
import type { DocumentParser } from './documentParser'
import { readdir, stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { DocumentError } from '../../../shared/domain/errors'
import { isDocumentPath, scanFolder } from './expandFolder'
import {
  ingestSources,
  type IngestOptions,
  type IngestProgress,
  type IngestResult,
  type ResolvedSource
} from './ingestSources'
import { toDocumentError } from './readDocument'
import { uniqueSourceName } from './sourceName'
import {
  readUserSources,
  SOURCES_STORE_KEY,
  writeUserSources,
  type KeyValueStore,
  type UserSource
} from './sourceList'
import { watchSources, type SourceWatcher, type WatchOptions } from './watchSources'

export interface SourceRegistryOptions {
  /** Folder of the shipped seed documents (resources/seeds). */
  seedsDir: string
  store: KeyValueStore
  storeKey?: string
  /** Where documents are parsed (default: this thread; the app passes a worker). */
  parser?: DocumentParser
}

/** Prefix of the `path` of a built-in seed in SourceInfo. */
export const BUILTIN_PREFIX = 'builtin:'

/** Holds the source list, resolves it to documents, ingests it and watches it. */
export class SourceRegistry {
  private readonly seedsDir: string
  private readonly store: KeyValueStore
  private readonly storeKey: string
  private readonly parser: DocumentParser | undefined
  private watchers = new Set<SourceWatcher>()
  /** The folders each folder source's last scan read: what its watcher watches. */
  private scannedDirs = new Map<string, string[]>()
  private readonly scans = new Set<AbortController>()

  constructor(options: SourceRegistryOptions) {
    this.seedsDir = options.seedsDir
    this.store = options.store
    this.storeKey = options.storeKey ?? SOURCES_STORE_KEY
    this.parser = options.parser
  }

  /** The user's sources as stored (invalid stored entries are ignored). */
  userSources(): UserSource[] {
    return readUserSources(this.store, this.storeKey).sources
  }

  /**
   * Adds a file (.txt/.md/.markdown) or folder; adding one already listed is a no-op.
   * @throws DocumentError not-found, unreadable, or unsupported-type for other files.
   */
  async add(path: string): Promise<UserSource> {
    const absolute = resolve(path)
    const stats = await stat(absolute).catch((error: unknown) => {
      throw toDocumentError(error, absolute)
    })
    const name = basename(absolute)
    let source: UserSource
    if (stats.isDirectory()) source = { path: absolute, kind: 'folder' }
    else if (stats.isFile() && isDocumentPath(absolute)) source = { path: absolute, kind: 'file' }
    else {
      throw new DocumentError(
        'unsupported-type',
        name,
        `${name}: this kind of file cannot be read; add Markdown, text, CSV/TSV, Anki (.apkg), Jupyter, web page, Word (.docx) or PDF files, or a folder of them`
      )
    }
    const current = this.userSources()
    const existing = current.find((s) => s.path === absolute)
    if (existing) return existing
    writeUserSources(this.store, [...current, source], this.storeKey)
    this.syncWatchers()
    return source
  }

  /** Removes a user source by path; returns false when it was not listed. Seeds stay. */
  remove(path: string): boolean {
    const absolute = resolve(path)
    const current = this.userSources()
    const next = current.filter((s) => s.path !== absolute)
    if (next.length === current.length) return false
    writeUserSources(this.store, next, this.storeKey)
    this.syncWatchers()
    return true
  }

  /**
   * Stops the folder scan under way: folders not yet scanned are reported as cancelled. Returns
   * false when no scan was running.
   */
  cancelScan(): boolean {
    if (this.scans.size === 0) return false
    for (const scan of this.scans) scan.abort()
    return true
  }

  /**
   * Seeds first (sorted), then user sources in the order added, each resolved to its documents.
   * `onScan` hears how many folders have been read so far.
   */
  async resolve(onScan?: (foldersRead: number) => void): Promise<ResolvedSource[]> {
    const used = new Set<string>()
    const resolved: ResolvedSource[] = []
    for (const file of await listSeeds(this.seedsDir)) {
      used.add(file)
      resolved.push({
        path: `${BUILTIN_PREFIX}${file}`,
        name: file,
        builtIn: true,
        kind: 'file',
        files: [{ path: resolve(this.seedsDir, file), name: file }]
      })
    }
    const abort = new AbortController()
    this.scans.add(abort)
    let foldersRead = 0
    const scan: ScanContext = {
      signal: abort.signal,
      onFolder: () => onScan?.(++foldersRead),
      dirs: new Map()
    }
    try {
      for (const source of this.userSources())
        resolved.push(await resolveUserSource(source, used, scan))
    } finally {
      this.scans.delete(abort)
    }
    if (!abort.signal.aborted) {
      this.scannedDirs = scan.dirs
      this.syncWatchers()
    }
    return resolved
  }

  /**
   * Reads, parses and catalogs every source; one bad file is reported and skipped. `options`
   * lets unchanged documents reuse an earlier ingest's parse results (and catalog).
   */
  async ingest(
    onProgress?: (progress: IngestProgress) => void,
    options: IngestOptions = {}
  ): Promise<IngestResult> {
    const resolved = await this.resolve(
      onProgress && ((done) => onProgress({ phase: 'scanning', done, total: 0 }))
    )
    try {
      return await ingestSources(resolved, onProgress, this.parser, options)
    } catch (error) {
      // The source list is saved, so a source that breaks ingestion would break every later
      // start: load the seeds alone and show each user source as failed, with a Remove button.
      const reason = error instanceof Error ? error.message : String(error)
      const failed = resolved.map((source) =>
        source.builtIn ? source : { ...source, files: [], error: notLoaded(source.name, reason) }
      )
      return ingestSources(failed, onProgress, this.parser, options)
    }
  }

  /**
   * Calls `onChange` (debounced) when a document in a user source changes, appears or goes.
   * Sources added or removed later are watched or dropped automatically. Seeds are read-only
   * and not watched.
   */
  watch(onChange: (changed: string[]) => void, options?: WatchOptions): SourceWatcher {
    const inner = watchSources(this.watchedPaths(), onChange, { ...options, recursive: false })
    const handle: SourceWatcher = {
      ready: inner.ready,
      update: (paths) => inner.update(paths),
      dispose: async () => {
        this.watchers.delete(handle)
        await inner.dispose()
      }
    }
    this.watchers.add(handle)
    return handle
  }

  // A file source is watched itself; a folder source as the folders its last scan read, each
  // without recursion, so a huge folder costs the watcher no more than the scan's limit.
  private watchedPaths(): string[] {
    return this.userSources().flatMap((s) =>
      s.kind === 'folder' ? (this.scannedDirs.get(s.path) ?? [s.path]) : [s.path]
    )
  }

  private syncWatchers(): void {
    const paths = this.watchedPaths()
    for (const watcher of this.watchers) watcher.update(paths)
  }
}

function notLoaded(name: string, reason: string): string {
  return `${name} was not loaded: reading your sources failed (${reason}). Remove the source that caused it (most likely the one added last) and the others load again.`
}

async function listSeeds(seedsDir: string): Promise<string[]> {
  try {
    const entries = await readdir(seedsDir, { withFileTypes: true })
    return entries
      .filter((e) => e.isFile() && !e.name.startsWith('.') && isDocumentPath(e.name))
      .map((e) => e.name)
      .sort()
  } catch {
    // A missing seeds folder (a broken install) leaves the user's own sources working.
    return []
  }
}

interface ScanContext {
  signal: AbortSignal
  onFolder: () => void
  dirs: Map<string, string[]>
}

async function resolveUserSource(
  source: UserSource,
  used: Set<string>,
  context: ScanContext
): Promise<ResolvedSource> {
  const base: ResolvedSource = {
    path: source.path,
    name: uniqueSourceName(source.path, used),
    builtIn: false,
    kind: source.kind,
    files: []
  }
  if (source.kind === 'file') {
    // readDocument reports a missing or unreadable file on this source.
    return { ...base, files: [{ path: source.path, name: base.name }] }
  }
  try {
    const scan = await scanFolder(source.path, {
      signal: context.signal,
      onFolder: context.onFolder
    })
    context.dirs.set(source.path, scan.dirs)
    if (scan.cancelled)
      return {
        ...base,
        error: `${base.name}: reading the folder was cancelled; remove it, or add it again to read it.`
      }
    if (scan.files.length === 0) {
      return { ...base, error: `${base.name}: folder has no question documents this app can read` }
    }
    const files = scan.files.map((path) => ({ path, name: uniqueSourceName(path, used) }))
    // Read in part: the documents found are read, and the source says what was left out.
    return { ...base, files, ...(scan.limited ? { error: `${base.name}: ${scan.limited}.` } : {}) }
  } catch (error) {
    return { ...base, error: toDocumentError(error, source.path, base.name).message }
  }
}
