/**
 * Ingests the sources through the start-up cache: at start the last catalog comes straight
 * from disk, then a check in the background re-reads only the documents whose size and mtime
 * (or content hash) changed, re-parses those, and rebuilds the catalog only when something
 * did change. Re-merging and re-linking run over every document's cached parse result (not
 * incrementally per entry), which keeps ids exactly those of a cold parse.
 */
import type { ParsedItem } from '../../../shared/domain/types'
import type { CatalogSnapshot, CatalogSnapshots } from './catalogSnapshot'
import type { IngestProgress, IngestResult, ResolvedSource } from './ingestSources'
import { fileKey, type ParsedFiles } from './parsedFiles'
import type { SourceRegistry } from './sourceRegistry'

/** The catalog read from the cache, with the bytes its entries came from and their sha256. */
export interface CachedCatalog {
  snapshot: CatalogSnapshot
  body: Uint8Array
  hash: string
}

/** Told after each catalog write: the catalog saved, and the sha256 of the bytes saved. */
export type SnapshotWritten = (catalog: IngestResult['catalog'], hash: string) => void

/** One registry's ingests, sharing parse results from run to run and across restarts. */
export class CachedIngest {
  private files: ParsedFiles | undefined
  private last:
    | {
        fingerprint: string
        catalog: IngestResult['catalog']
        reports: IngestResult['reports']
        linked?: Promise<void>
      }
    | undefined
  private parsedLoaded = false
  /** The sources as resolved by the ingest that `files` came from (the cache's, at first). */
  private parsedSources: { fingerprint: string; sources: ResolvedSource[] } | null = null
  private queue: Promise<unknown> = Promise.resolve()
  /** A cache write held back until start-up is over (see ingest's `deferWrite`). */
  private deferred: (() => Promise<void>) | null = null

  constructor(
    private readonly registry: SourceRegistry,
    private readonly snapshots: CatalogSnapshots | null,
    private readonly sourceList: () => string,
    private readonly onWritten?: SnapshotWritten
  ) {}

  /**
   * The cached catalog, when there is one for the current source list and code. `onBody` gets
   * the checked bytes before they are parsed (the search worker can start on them meanwhile).
   */
  async cached(onBody?: (body: Uint8Array, hash: string) => void): Promise<CachedCatalog | null> {
    const hit = await this.snapshots?.readCatalog(onBody)
    if (!hit || hit.snapshot.sourceList !== this.sourceList()) return null
    const { fingerprint, catalog, reports } = hit.snapshot
    this.last = { fingerprint, catalog, reports }
    return hit
  }

  /** The parsed items behind the cached catalog, in source and document order (for My questions). */
  async cachedItems(): Promise<ParsedItem[]> {
    await this.loadParsed()
    const parsed = this.parsedSources
    if (parsed && parsed.fingerprint === this.last?.fingerprint) {
      const items: ParsedItem[] = []
      for (const source of parsed.sources)
        for (const file of source.files)
          for (const item of this.files?.get(fileKey(file))?.parsed.items ?? []) items.push(item)
      return items
    }
    return (await this.ingest()).items
  }

  /**
   * Reads every source, parsing only documents that changed since the last ingest (of this
   * run or, through the cache, of the last one), and saves the cache when anything changed.
   * Runs one at a time.
   */
  ingest(
    onProgress?: (progress: IngestProgress) => void,
    options: { deferWrite?: boolean; linkLater?: boolean } = {}
  ): Promise<IngestResult> {
    const run = this.queue.then(() =>
      this.ingestNow(onProgress, options.deferWrite === true, options.linkLater === true)
    )
    this.queue = run.catch(() => undefined)
    return run
  }

  /**
   * Writes the cache an ingest held back (`deferWrite`: a cold start, where serialising 50,000
   * questions would otherwise stand between the parse and a searchable catalog). Queued like
   * an ingest; a later ingest's own write supersedes it.
   */
  writeDeferred(): Promise<void> {
    const write = this.deferred
    this.deferred = null
    if (!write) return this.idle()
    const run = this.queue.then(write)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Resolves when no ingest (or cache write) is running. */
  async idle(): Promise<void> {
    let queue: Promise<unknown> | null = null
    while (queue !== this.queue) {
      queue = this.queue
      await queue
    }
  }

  private async ingestNow(
    onProgress: ((progress: IngestProgress) => void) | undefined,
    deferWrite: boolean,
    linkLater: boolean
  ): Promise<IngestResult> {
    await this.loadParsed()
    const before = this.files
    const result = await this.registry.ingest(onProgress, {
      files: before,
      reuse: this.last,
      linkLater
    })
    const changedFiles =
      !before ||
      before.size !== result.files.size ||
      [...result.files].some(([key, record]) => before.get(key) !== record)
    const changedCatalog = result.fingerprint !== this.last?.fingerprint
    this.files = result.files
    this.parsedSources = { fingerprint: result.fingerprint, sources: result.sources }
    this.last = {
      fingerprint: result.fingerprint,
      catalog: result.catalog,
      reports: result.reports,
      linked: result.linked
    }
    const snapshots = this.snapshots
    // This ingest's write replaces one still held back (it saves the newer state).
    this.deferred = null
    if (snapshots && (changedFiles || changedCatalog)) {
      const sourceList = this.sourceList()
      // The snapshot holds the related links: it waits for them.
      const write = () =>
        result.linked
          .then(() =>
            snapshots.write(
              {
                fingerprint: result.fingerprint,
                sourceList,
                catalog: result.catalog,
                reports: result.reports
              },
              changedFiles
                ? { fingerprint: result.fingerprint, sources: result.sources, files: result.files }
                : null
            )
          )
          .then((hash) => this.onWritten?.(result.catalog, hash))
          .catch((error: unknown) =>
            // A full or read-only disk costs the next start a parse, nothing more.
            console.warn(`The start-up cache could not be written: ${String(error)}`)
          )
      if (deferWrite) this.deferred = write
      else await write()
    }
    return result
  }

  private async loadParsed(): Promise<void> {
    if (this.parsedLoaded || !this.snapshots) return
    this.parsedLoaded = true
    const parsed = await this.snapshots.readParsed()
    if (parsed && !this.files) {
      this.files = parsed.files
      this.parsedSources = { fingerprint: parsed.fingerprint, sources: parsed.sources }
    }
  }
}
