/**
 * The on-disk cache of the catalog search index, keyed by a hash of what is indexed and of the
 * index settings: a warm start loads the bytes instead of rebuilding. A file that fails to
 * decode, for any reason, is deleted and reported as 'corrupt' so the caller rebuilds.
 */
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import {
  catalogDoc,
  INDEX_SETTINGS,
  PROSE_FIELDS
} from '../../../shared/domain/search/indexSettings'
import {
  decodeCatalogIndex,
  decodeWarmStart,
  encodeCatalogIndex,
  encodeWarmStart
} from '../../../shared/domain/search/catalogCodec'
import type { EngineEntry } from '../../../shared/domain/search/engineEntry'
import type { CatalogIndex } from '../../../shared/domain/search/catalogIndex'
import { IndexFormatError } from '../../../shared/domain/search/indexCodec'

/** How the index was obtained: loaded, built (no file / damaged file), or built without a cache. */
export type CacheStatus = 'hit' | 'miss' | 'corrupt' | 'off'

const PREFIX = 'search-'
const SUFFIX = '.idx'

// Texts are hashed in chunks of about this many characters: one update() per entry field cost
// twice as much at 50,000 questions as the hashing itself.
const HASH_CHUNK = 1 << 16

/** Hash of the indexed text of `entries`, their order, and the index settings. */
export function catalogKey(entries: readonly EngineEntry[], salt = ''): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify(INDEX_SETTINGS)).update('\u0001').update(salt)
  let chunk = ''
  for (const entry of entries) {
    chunk += '\u0001' + entry.id
    for (const text of catalogDoc(entry)) chunk += '\u0000' + (text ?? '')
    if (chunk.length >= HASH_CHUNK) {
      hash.update(chunk)
      chunk = ''
    }
  }
  return hash.update(chunk).digest('hex').slice(0, 32)
}

/**
 * The key of the warm-start file of catalog bytes whose sha256 (hex) is `bodyHash`, with the
 * index settings: a start from those bytes looks it up before parsing them, from the hash the
 * start-up cache's header gives (checked when the file was read), so 52 MB are hashed once.
 */
export function warmKey(bodyHash: string, salt = ''): string {
  return createHash('sha256')
    .update(JSON.stringify(INDEX_SETTINGS))
    .update('\u0001')
    .update(salt)
    .update('\u0002')
    .update(bodyHash)
    .digest('hex')
    .slice(0, 32)
}

/** sha256 (hex) of catalog bytes: what the start-up cache's header holds for its body. */
export function bytesHash(body: Uint8Array): string {
  return createHash('sha256').update(body).digest('hex')
}

/** warmKey of the bytes themselves (when no header gave their hash). */
export function catalogBytesKey(body: Uint8Array, salt = ''): string {
  return warmKey(bytesHash(body), salt)
}

const WARM_PREFIX = 'warm-'

/** Reads and writes cached indexes in one folder (null: caching off). */
export class IndexCache {
  constructor(private readonly dir: string | null) {}

  /** Path of the cache file for `key`. */
  fileFor(key: string): string | null {
    return this.dir ? join(this.dir, `${PREFIX}${key}${SUFFIX}`) : null
  }

  /**
   * The cached index for `key`, or why there is none; `bytes` are the file's (to file them
   * again in a warm-start file without encoding the index twice).
   */
  read(
    key: string,
    docCount: number
  ): { index: CatalogIndex | null; status: CacheStatus; bytes?: Uint8Array } {
    const file = this.fileFor(key)
    if (!file) return { index: null, status: 'off' }
    let bytes: Uint8Array
    try {
      bytes = readFileSync(file)
    } catch {
      return { index: null, status: 'miss' }
    }
    try {
      const index = decodeCatalogIndex(bytes)
      if (index.docCount !== docCount) throw new IndexFormatError('document count differs')
      if (index.prose.fields.join('\n') !== PROSE_FIELDS.join('\n'))
        throw new IndexFormatError('indexed fields differ')
      return { index, status: 'hit', bytes }
    } catch {
      // Whatever fails to decode (IndexFormatError, or a TypeError from bytes shaped in a way
      // no check foresaw) is discarded and rebuilt: a cache must never stop the search.
      rmSync(file, { force: true, recursive: true })
      return { index: null, status: 'corrupt' }
    }
  }

  /** Deletes the cache file of `key` (it decoded but proved unusable). */
  discard(key: string): void {
    const file = this.fileFor(key)
    if (file) rmSync(file, { force: true, recursive: true })
  }

  /** Path of the warm-start file for `key` (warmKey), or null with caching off. */
  warmFileFor(key: string): string | null {
    return this.dir ? join(this.dir, `${WARM_PREFIX}${key}${SUFFIX}`) : null
  }

  /** Whether a warm-start file for `key` is there (it may still turn out damaged). */
  hasWarm(key: string): boolean {
    const file = this.warmFileFor(key)
    return file !== null && existsSync(file)
  }

  /** The warm-start file for catalog bytes of `key` (warmKey), or null. */
  readWarm(key: string): { entries: EngineEntry[]; index: CatalogIndex } | null {
    const file = this.warmFileFor(key)
    if (!file) return null
    let bytes: Uint8Array
    try {
      bytes = readFileSync(file)
    } catch {
      return null
    }
    try {
      const warm = decodeWarmStart(bytes)
      if (warm.index.prose.fields.join('\n') !== PROSE_FIELDS.join('\n'))
        throw new IndexFormatError('indexed fields differ')
      return warm
    } catch {
      // Like the index file: what does not decode is dropped, and the slow path runs.
      rmSync(file, { force: true })
      return null
    }
  }

  /**
   * Stores the warm-start file for catalog bytes of `key`, dropping older ones. `index` may be
   * given encoded (encodeCatalogIndex, as in its own cache file).
   */
  writeWarm(key: string, entries: readonly EngineEntry[], index: CatalogIndex | Uint8Array): void {
    const file = this.warmFileFor(key)
    if (!file || !this.dir) return
    mkdirSync(this.dir, { recursive: true })
    const temp = `${file}.${process.pid}.tmp`
    writeFileSync(temp, encodeWarmStart(entries, index))
    renameSync(temp, file)
    for (const name of readdirSync(this.dir))
      if (name.startsWith(WARM_PREFIX) && join(this.dir, name) !== file)
        rmSync(join(this.dir, name), { force: true })
  }

  /**
   * Stores the index for `key` (atomically) and drops the files of older keys; returns the
   * bytes written (null with caching off).
   */
  write(key: string, index: CatalogIndex): Uint8Array | null {
    const file = this.fileFor(key)
    if (!file || !this.dir) return null
    mkdirSync(this.dir, { recursive: true })
    const temp = `${file}.${process.pid}.tmp`
    const bytes = encodeCatalogIndex(index)
    writeFileSync(temp, bytes)
    renameSync(temp, file)
    for (const name of readdirSync(this.dir))
      if (name.startsWith(PREFIX) && join(this.dir, name) !== file)
        rmSync(join(this.dir, name), { force: true })
    return bytes
  }
}
