/**
 * The start-up cache of the sources' catalog, in the data folder's cache dir: the last merged
 * and linked catalog with its source reports (`catalog-v1.json`, read at every start), and the
 * per-document parse results (`parsed-v1.json`, read only when a document changed or My
 * questions need the items). Each file is a header line (format, code fingerprint, body length
 * and sha256) and a JSON body. A file that is missing, from other code, truncated, or does
 * not check out is ignored (and logged when damaged): the caller parses the sources instead.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Catalog } from '../../../shared/domain/types'
import type { SourceInfo } from '../../../shared/ipc/types'
import { SNAPSHOT_FORMAT } from './codeFingerprint'
import type { ResolvedSource } from './ingestSources'
import type { ParsedFileRecord, ParsedFiles } from './parsedFiles'

export const CATALOG_FILE = `catalog-v${SNAPSHOT_FORMAT}.json`
export const PARSED_FILE = `parsed-v${SNAPSHOT_FORMAT}.json`

/** The merged catalog of the sources as the last ingest left it. */
export interface CatalogSnapshot {
  /** The ingest fingerprint (sources as resolved + content hashes) it was built from. */
  fingerprint: string
  /** The source list it was built for (seeds folder + the user's sources), as JSON. */
  sourceList: string
  catalog: Catalog
  reports: SourceInfo[]
}

/** The per-document parse results of the same ingest. */
export interface ParsedSnapshot {
  fingerprint: string
  sources: ResolvedSource[]
  files: ParsedFiles
}

interface Header {
  format: string
  code: string
  bytes: number
  sha256: string
}

const FORMAT = `study-notebook-catalog/${SNAPSHOT_FORMAT}`

/** Reads and writes the two snapshot files in `dir` for the code fingerprint `code`. */
export class CatalogSnapshots {
  constructor(
    private readonly dir: string,
    private readonly code: string,
    private readonly log: (message: string) => void = (message) => console.warn(message)
  ) {}

  /**
   * The catalog snapshot, its body's bytes (the search worker reads the entries from them) and
   * their sha256 (hex, checked against the header). `onBody` sees the bytes and hash once the
   * checksum is right, before this thread parses them.
   */
  async readCatalog(
    onBody?: (body: Uint8Array, hash: string) => void
  ): Promise<{ snapshot: CatalogSnapshot; body: Uint8Array; hash: string } | null> {
    const read = await this.readBody(CATALOG_FILE)
    if (!read) return null
    const { body, hash } = read
    onBody?.(body, hash)
    try {
      const value = JSON.parse(new TextDecoder().decode(body)) as CatalogSnapshot
      if (!isCatalogSnapshot(value)) throw new Error('unexpected shape')
      return { snapshot: value, body, hash }
    } catch (error) {
      await this.drop(CATALOG_FILE, error)
      return null
    }
  }

  /** The parse results, or null (missing or damaged). */
  async readParsed(): Promise<ParsedSnapshot | null> {
    const body = (await this.readBody(PARSED_FILE))?.body
    if (!body) return null
    try {
      const value = JSON.parse(new TextDecoder().decode(body)) as {
        fingerprint: string
        sources: ResolvedSource[]
        files: Array<[string, ParsedFileRecord]>
      }
      if (
        typeof value?.fingerprint !== 'string' ||
        !Array.isArray(value.sources) ||
        !Array.isArray(value.files) ||
        !value.files.every(
          (pair) =>
            Array.isArray(pair) &&
            typeof pair[0] === 'string' &&
            typeof pair[1]?.hash === 'string' &&
            Array.isArray(pair[1]?.parsed?.items)
        )
      )
        throw new Error('unexpected shape')
      return { fingerprint: value.fingerprint, sources: value.sources, files: new Map(value.files) }
    } catch (error) {
      await this.drop(PARSED_FILE, error)
      return null
    }
  }

  /**
   * Writes the catalog snapshot (and the parse results, when given), each atomically; resolves
   * with the sha256 (hex) of the catalog's body, as its header gives it.
   */
  async write(snapshot: CatalogSnapshot, parsed: ParsedSnapshot | null): Promise<string> {
    await mkdir(this.dir, { recursive: true })
    if (parsed)
      await this.writeBody(PARSED_FILE, {
        fingerprint: parsed.fingerprint,
        sources: parsed.sources,
        files: [...parsed.files]
      })
    return this.writeBody(CATALOG_FILE, snapshot)
  }

  /** Deletes both files (say, after a failed start that used them). */
  async clear(): Promise<void> {
    await Promise.all(
      [CATALOG_FILE, PARSED_FILE].map((f) => rm(join(this.dir, f), { force: true }))
    )
  }

  private async readBody(name: string): Promise<{ body: Uint8Array; hash: string } | null> {
    let bytes: Buffer
    try {
      bytes = await readFile(join(this.dir, name))
    } catch {
      return null
    }
    try {
      const newline = bytes.indexOf(10)
      if (newline < 0) throw new Error('no header line')
      const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Header
      if (header?.format !== FORMAT) throw new Error(`format ${String(header?.format)}`)
      // Made by other code (an update, a parser change): not damaged, just not ours to use.
      if (header.code !== this.code) return null
      const body = bytes.subarray(newline + 1)
      if (body.byteLength !== header.bytes) throw new Error('truncated')
      if (createHash('sha256').update(body).digest('hex') !== header.sha256)
        throw new Error('checksum differs')
      return { body, hash: header.sha256 }
    } catch (error) {
      await this.drop(name, error)
      return null
    }
  }

  private async drop(name: string, error: unknown): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error)
    this.log(`Ignoring the damaged start-up cache ${join(this.dir, name)} (${reason}); rebuilding.`)
    await rm(join(this.dir, name), { force: true }).catch(() => undefined)
  }

  private async writeBody(name: string, value: unknown): Promise<string> {
    const body = Buffer.from(JSON.stringify(value), 'utf8')
    const header: Header = {
      format: FORMAT,
      code: this.code,
      bytes: body.byteLength,
      sha256: createHash('sha256').update(body).digest('hex')
    }
    const file = join(this.dir, name)
    const temp = `${file}.${process.pid}.tmp`
    await writeFile(temp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]))
    await rename(temp, file)
    return header.sha256
  }
}

// Checked enough that the rest of the app can rely on it: arrays where arrays are read, an id
// and a prompt on every entry.
function isCatalogSnapshot(value: unknown): value is CatalogSnapshot {
  const v = value as CatalogSnapshot
  return (
    typeof v?.fingerprint === 'string' &&
    typeof v.sourceList === 'string' &&
    Array.isArray(v.reports) &&
    typeof v.catalog?.itemCount === 'number' &&
    Array.isArray(v.catalog.entries) &&
    v.catalog.entries.every(
      (e) =>
        typeof e?.id === 'string' &&
        typeof e.prompt === 'string' &&
        Array.isArray(e.answers) &&
        Array.isArray(e.sections) &&
        Array.isArray(e.occurrences)
    )
  )
}
