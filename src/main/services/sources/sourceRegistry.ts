/**
 * The sources the catalog is built from: the built-in seeds plus the files and folders the user
 * added. The user's list persists in the settings store (config.json under `sources`).
 */
import { readdir, stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { DocumentError } from '../../../shared/domain/errors'
import { expandFolder, isDocumentPath } from './expandFolder'
import {
  ingestSources,
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
}

/** Prefix of the `path` of a built-in seed in SourceInfo. */
export const BUILTIN_PREFIX = 'builtin:'

/** Holds the source list, resolves it to documents, ingests it and watches it. */
export class SourceRegistry {
  private readonly seedsDir: string
  private readonly store: KeyValueStore
  private readonly storeKey: string
  private watchers = new Set<SourceWatcher>()

  constructor(options: SourceRegistryOptions) {
    this.seedsDir = options.seedsDir
    this.store = options.store
    this.storeKey = options.storeKey ?? SOURCES_STORE_KEY
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

  /** Seeds first (sorted), then user sources in the order added, each resolved to its documents. */
  async resolve(): Promise<ResolvedSource[]> {
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
    for (const source of this.userSources()) resolved.push(await resolveUserSource(source, used))
    return resolved
  }

  /** Reads, parses and catalogs every source; one bad file is reported and skipped. */
  async ingest(onProgress?: (progress: IngestProgress) => void): Promise<IngestResult> {
    return ingestSources(await this.resolve(), onProgress)
  }

  /**
   * Calls `onChange` (debounced) when a document in a user source changes, appears or goes.
   * Sources added or removed later are watched or dropped automatically. Seeds are read-only
   * and not watched.
   */
  watch(onChange: (changed: string[]) => void, options?: WatchOptions): SourceWatcher {
    const inner = watchSources(
      this.userSources().map((s) => s.path),
      onChange,
      options
    )
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

  private syncWatchers(): void {
    const paths = this.userSources().map((s) => s.path)
    for (const watcher of this.watchers) watcher.update(paths)
  }
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

async function resolveUserSource(source: UserSource, used: Set<string>): Promise<ResolvedSource> {
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
    const files = await expandFolder(source.path)
    if (files.length === 0) {
      return { ...base, error: `${base.name}: folder has no .txt, .md or .markdown files` }
    }
    return { ...base, files: files.map((path) => ({ path, name: uniqueSourceName(path, used) })) }
  } catch (error) {
    return { ...base, error: toDocumentError(error, source.path, base.name).message }
  }
}
