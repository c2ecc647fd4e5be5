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

/** A file of ours: a prelude (magic, version, JSON length, checksum), the JSON, then `tail`. */
function frame(magic: number, version: number, value: unknown, tail: Uint8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(value))
  const out = new Uint8Array(PRELUDE + align4(json.length) + tail.length)
  out.set(json, PRELUDE)
  out.set(tail, PRELUDE + align4(json.length))
  const prelude = new Uint32Array(out.buffer, 0, 4)
  prelude[0] = magic
  prelude[1] = version
  prelude[2] = json.length
  prelude[3] = checksum(out, PRELUDE, json.length)
  return out
}

/** The checked JSON text and the tail of bytes written by `frame`; `what` names them in errors. */
function unframe(
  input: Uint8Array,
  magic: number,
  version: number,
  what: string
): { json: string; tail: Uint8Array } {
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice()
  if (bytes.length < PRELUDE) throw new IndexFormatError(`${what} is truncated`)
  const prelude = new Uint32Array(bytes.buffer, bytes.byteOffset, 4)
  if (prelude[0] !== magic || prelude[1] !== version)
    throw new IndexFormatError(`not a ${what} of this version`)
  const jsonLength = prelude[2]!
  const tailAt = PRELUDE + align4(jsonLength)
  if (tailAt > bytes.length) throw new IndexFormatError(`${what} is truncated`)
  if (checksum(bytes, PRELUDE, jsonLength) !== prelude[3])
    throw new IndexFormatError(`${what} checksum mismatch`)
  const json = new TextDecoder().decode(bytes.subarray(PRELUDE, PRELUDE + jsonLength))
  return { json, tail: bytes.subarray(tailAt) }
}

/** Serialises `index` (see decodeCatalogIndex). */
export function encodeCatalogIndex(index: CatalogIndex): Uint8Array {
  return frame(MAGIC, VERSION, compactPrimary(index.primary), encodeIndex(index.prose))
}

/** Reads bytes written by encodeCatalogIndex. */
export function decodeCatalogIndex(input: Uint8Array): CatalogIndex {
  const { json, tail } = unframe(input, MAGIC, VERSION, 'search index')
  let primary: CatalogIndex['primary']
  try {
    primary = expandPrimary(JSON.parse(json) as CompactPrimary)
  } catch {
    throw new IndexFormatError('lunr index is not readable')
  }
  const prose = decodeIndex(tail)
  return { primary, prose, docCount: prose.docCount }
}

const WARM_MAGIC = 0x4d574e53 // 'SNWM' little-endian
const WARM_VERSION = 1

/**
 * A warm start's file: the engine's view of the entries (engineEntry, as JSON) and then the
 * catalog index (encodeCatalogIndex), so a start from the cached catalog reads this alone
 * instead of parsing the whole catalog as well.
 */
export function encodeWarmStart(
  entries: readonly EngineEntry[],
  index: CatalogIndex | Uint8Array
): Uint8Array {
  // The index may come encoded already (the bytes of its cache file): not encoded twice.
  const tail = index instanceof Uint8Array ? index : encodeCatalogIndex(index)
  return frame(WARM_MAGIC, WARM_VERSION, entries, tail)
}

/** Reads bytes written by encodeWarmStart; damaged bytes throw IndexFormatError. */
export function decodeWarmStart(input: Uint8Array): {
  entries: EngineEntry[]
  index: CatalogIndex
} {
  const { json, tail } = unframe(input, WARM_MAGIC, WARM_VERSION, 'warm-start file')
  let entries: EngineEntry[]
  try {
    entries = JSON.parse(json) as EngineEntry[]
  } catch {
    throw new IndexFormatError('warm-start entries are not readable')
  }
  if (!Array.isArray(entries) || !entries.every(isEngineEntry))
    throw new IndexFormatError('warm-start entries have an unexpected shape')
  const index = decodeCatalogIndex(tail)
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
