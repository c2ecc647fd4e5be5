/**
 * The on-disk cache of the catalog search index, keyed by a hash of what is indexed and of the
 * index settings: a warm start loads the bytes instead of rebuilding. A file that fails to
 * decode, for any reason, is deleted and reported as 'corrupt' so the caller rebuilds.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CatalogEntry } from '../../../shared/domain/types'
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
export function catalogKey(entries: readonly CatalogEntry[], salt = ''): string {
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
 * Hash of the start-up cache's catalog bytes and the index settings: the key of the warm-start
 * file, which a start from those bytes can look up before parsing them (sha256 of 52 MB takes
 * a few dozen milliseconds; parsing them, most of a second).
 */
export function catalogBytesKey(body: Uint8Array, salt = ''): string {
  return createHash('sha256')
    .update(JSON.stringify(INDEX_SETTINGS))
    .update('\u0001')
    .update(salt)
    .update('\u0002')
    .update(body)
    .digest('hex')
    .slice(0, 32)
}

const WARM_PREFIX = 'warm-'

/** Reads and writes cached indexes in one folder (null: caching off). */
export class IndexCache {
  constructor(private readonly dir: string | null) {}

  /** Path of the cache file for `key`. */
  fileFor(key: string): string | null {
    return this.dir ? join(this.dir, `${PREFIX}${key}${SUFFIX}`) : null
  }

  /** The cached index for `key`, or why there is none. */
  read(key: string, docCount: number): { index: CatalogIndex | null; status: CacheStatus } {
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
      return { index, status: 'hit' }
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

  /** The warm-start file for catalog bytes of `key` (catalogBytesKey), or null. */
  readWarm(key: string): { entries: EngineEntry[]; index: CatalogIndex } | null {
    if (!this.dir) return null
    const file = join(this.dir, `${WARM_PREFIX}${key}${SUFFIX}`)
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

  /** Stores the warm-start file for catalog bytes of `key`, dropping older ones. */
  writeWarm(key: string, entries: readonly EngineEntry[], index: CatalogIndex): void {
    if (!this.dir) return
    const file = join(this.dir, `${WARM_PREFIX}${key}${SUFFIX}`)
    mkdirSync(this.dir, { recursive: true })
    const temp = `${file}.${process.pid}.tmp`
    writeFileSync(temp, encodeWarmStart(entries, index))
    renameSync(temp, file)
    for (const name of readdirSync(this.dir))
      if (name.startsWith(WARM_PREFIX) && join(this.dir, name) !== file)
        rmSync(join(this.dir, name), { force: true })
  }

  /** Stores the index for `key` (atomically) and drops the files of older keys. */
  write(key: string, index: CatalogIndex): void {
    const file = this.fileFor(key)
    if (!file || !this.dir) return
    mkdirSync(this.dir, { recursive: true })
    const temp = `${file}.${process.pid}.tmp`
    writeFileSync(temp, encodeCatalogIndex(index))
    renameSync(temp, file)
    for (const name of readdirSync(this.dir))
      if (name.startsWith(PREFIX) && join(this.dir, name) !== file)
        rmSync(join(this.dir, name), { force: true })
  }
}
