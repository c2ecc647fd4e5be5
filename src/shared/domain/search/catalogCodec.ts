/**
 * The catalog index as bytes, for the on-disk cache: the primary fields' lunr index as JSON in
 * its compact form (primaryCodec; loaded back through `lunr.Index.load`) followed by the
 * compact prose postings (indexCodec). A checksum guards the JSON; damaged bytes throw
 * IndexFormatError.
 */
import type { CatalogIndex } from './catalogIndex'
import { decodeIndex, encodeIndex, IndexFormatError } from './indexCodec'
import type { EngineEntry } from './engineEntry'
import { compactPrimary, expandPrimary, type CompactPrimary } from './primaryCodec'

const MAGIC = 0x584c4e53 // 'SNLX' little-endian
// 3: compact postings (primaryCodec) instead of lunr's toJSON().
const VERSION = 3
const PRELUDE = 16

const align4 = (n: number) => (n + 3) & ~3

/** FNV-1a over 32-bit words of the (zero-padded) JSON, from `at` for `length` bytes. */
function checksum(bytes: Uint8Array, at: number, length: number): number {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + at, align4(length) / 4)
  let hash = 0x811c9dc5
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words[i]!, 16777619)
  return hash >>> 0
}

/** Serialises `index` (see decodeCatalogIndex). */
export function encodeCatalogIndex(index: CatalogIndex): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(compactPrimary(index.primary)))
  const prose = encodeIndex(index.prose)
  const out = new Uint8Array(PRELUDE + align4(json.length) + prose.length)
  out.set(json, PRELUDE)
  out.set(prose, PRELUDE + align4(json.length))
  const prelude = new Uint32Array(out.buffer, 0, 4)
  prelude[0] = MAGIC
  prelude[1] = VERSION
  prelude[2] = json.length
  prelude[3] = checksum(out, PRELUDE, json.length)
  return out
}

/** Reads bytes written by encodeCatalogIndex. */
export function decodeCatalogIndex(input: Uint8Array): CatalogIndex {
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice()
  if (bytes.length < PRELUDE) throw new IndexFormatError('index file is truncated')
  const prelude = new Uint32Array(bytes.buffer, bytes.byteOffset, 4)
  if (prelude[0] !== MAGIC || prelude[1] !== VERSION)
    throw new IndexFormatError('not a search index of this version')
  const jsonLength = prelude[2]!
  const proseAt = PRELUDE + align4(jsonLength)
  if (proseAt > bytes.length) throw new IndexFormatError('index file is truncated')
  const json = bytes.subarray(PRELUDE, PRELUDE + jsonLength)
  if (checksum(bytes, PRELUDE, jsonLength) !== prelude[3])
    throw new IndexFormatError('index checksum mismatch')
  let primary: CatalogIndex['primary']
  try {
    primary = expandPrimary(JSON.parse(new TextDecoder().decode(json)) as CompactPrimary)
  } catch {
    throw new IndexFormatError('lunr index is not readable')
  }
  const prose = decodeIndex(bytes.subarray(proseAt))
  return { primary, prose, docCount: prose.docCount }
}

const WARM_MAGIC = 0x4d574e53 // 'SNWM' little-endian
const WARM_VERSION = 1

/**
 * A warm start's file: the engine's view of the entries (engineEntry, as JSON) and then the
 * catalog index (encodeCatalogIndex), so a start from the cached catalog reads this alone
 * instead of parsing the whole catalog as well.
 */
export function encodeWarmStart(entries: readonly EngineEntry[], index: CatalogIndex): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(entries))
  const indexBytes = encodeCatalogIndex(index)
  const out = new Uint8Array(PRELUDE + align4(json.length) + indexBytes.length)
  out.set(json, PRELUDE)
  out.set(indexBytes, PRELUDE + align4(json.length))
  const prelude = new Uint32Array(out.buffer, 0, 4)
  prelude[0] = WARM_MAGIC
  prelude[1] = WARM_VERSION
  prelude[2] = json.length
  prelude[3] = checksum(out, PRELUDE, json.length)
  return out
}

/** Reads bytes written by encodeWarmStart; damaged bytes throw IndexFormatError. */
export function decodeWarmStart(input: Uint8Array): {
  entries: EngineEntry[]
  index: CatalogIndex
} {
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice()
  if (bytes.length < PRELUDE) throw new IndexFormatError('warm-start file is truncated')
  const prelude = new Uint32Array(bytes.buffer, bytes.byteOffset, 4)
  if (prelude[0] !== WARM_MAGIC || prelude[1] !== WARM_VERSION)
    throw new IndexFormatError('not a warm-start file of this version')
  const jsonLength = prelude[2]!
  const indexAt = PRELUDE + align4(jsonLength)
  if (indexAt > bytes.length) throw new IndexFormatError('warm-start file is truncated')
  if (checksum(bytes, PRELUDE, jsonLength) !== prelude[3])
    throw new IndexFormatError('warm-start checksum mismatch')
  let entries: EngineEntry[]
  try {
    entries = JSON.parse(new TextDecoder().decode(bytes.subarray(PRELUDE, PRELUDE + jsonLength)))
  } catch {
    throw new IndexFormatError('warm-start entries are not readable')
  }
  if (!Array.isArray(entries) || !entries.every(isEngineEntry))
    throw new IndexFormatError('warm-start entries have an unexpected shape')
  const index = decodeCatalogIndex(bytes.subarray(indexAt))
  if (index.docCount !== entries.length) throw new IndexFormatError('document count differs')
  return { entries, index }
}

function isEngineEntry(e: EngineEntry): boolean {
  return (
    typeof e?.id === 'string' &&
    typeof e.prompt === 'string' &&
    Array.isArray(e.sections) &&
    Array.isArray(e.answers) &&
    Array.isArray(e.occurrences)
  )
}
