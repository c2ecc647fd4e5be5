/**
 * The catalog index as bytes, for the on-disk cache: a small JSON header, the vocabulary as
 * UTF-8 lines and the typed arrays as they are in memory, so loading is a checksum and a few
 * array views (no JSON parse of postings, no re-sorting). Damaged bytes throw IndexFormatError.
 */
import type { FieldPostings, InvertedIndex } from './invertedIndex'

const MAGIC = 0x58494e53 // 'SNIX' little-endian
const VERSION = 1
const PRELUDE = 16

/** The bytes are not an index this version wrote (truncated, damaged, other format). */
export class IndexFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'IndexFormatError'
  }
}

interface Header {
  fields: string[]
  docCount: number
  termCount: number
  termBytes: number
  postingCounts: number[]
  avgLengths: number[]
}

const align4 = (n: number) => (n + 3) & ~3

function checksum(words: Uint32Array): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words[i]!, 16777619)
  return hash >>> 0
}

/** Serialises `index` (see decodeIndex). */
export function encodeIndex(index: InvertedIndex): Uint8Array {
  const termText = new TextEncoder().encode(index.terms.join('\n'))
  const header: Header = {
    fields: index.fields,
    docCount: index.docCount,
    termCount: index.terms.length,
    termBytes: termText.length,
    postingCounts: index.postings.map((p) => p.docs.length),
    avgLengths: index.postings.map((p) => p.avgLength)
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
  const parts: ArrayBufferView[] = [headerBytes, termText, index.bySuffix]
  for (const p of index.postings) parts.push(p.offsets, p.docs)
  for (const p of index.postings) parts.push(p.lengths, p.tfs)
  const size = parts.reduce((sum, part) => sum + align4(part.byteLength), PRELUDE)
  const out = new Uint8Array(size)
  let at = PRELUDE
  for (const part of parts) {
    out.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at)
    at += align4(part.byteLength)
  }
  const prelude = new Uint32Array(out.buffer, 0, 4)
  prelude[0] = MAGIC
  prelude[1] = VERSION
  prelude[2] = headerBytes.length
  prelude[3] = checksum(new Uint32Array(out.buffer, PRELUDE))
  return out
}

/** Reads bytes written by encodeIndex. Views share `bytes`' memory where alignment allows. */
export function decodeIndex(input: Uint8Array): InvertedIndex {
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice()
  if (bytes.length < PRELUDE || bytes.length % 4 !== 0)
    throw new IndexFormatError('index file is truncated')
  const prelude = new Uint32Array(bytes.buffer, bytes.byteOffset, 4)
  if (prelude[0] !== MAGIC || prelude[1] !== VERSION)
    throw new IndexFormatError('not a search index of this version')
  const body = new Uint32Array(
    bytes.buffer,
    bytes.byteOffset + PRELUDE,
    (bytes.length - PRELUDE) / 4
  )
  if (checksum(body) !== prelude[3]) throw new IndexFormatError('index checksum mismatch')
  let at = PRELUDE
  const take = (length: number) => {
    if (at + length > bytes.length) throw new IndexFormatError('index file is truncated')
    const slice = bytes.subarray(at, at + length)
    at += align4(length)
    return slice
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(new TextDecoder().decode(take(prelude[2]!)))
  } catch {
    throw new IndexFormatError('index header is not readable')
  }
  // A matching checksum says the bytes are whole, not that they are ours: check every field.
  const header = checkHeader(parsed, bytes.length)
  const { docCount, termCount } = header
  const terms = termCount ? new TextDecoder().decode(take(header.termBytes)).split('\n') : []
  if (terms.length !== termCount) throw new IndexFormatError('index vocabulary is damaged')
  const u32 = (n: number) => {
    const raw = take(n * 4)
    return new Uint32Array(raw.buffer, raw.byteOffset, n)
  }
  const u16 = (n: number) => {
    const raw = take(n * 2)
    return new Uint16Array(raw.buffer, raw.byteOffset, n)
  }
  const bySuffix = u32(termCount)
  const wide = header.postingCounts.map((count) => ({
    offsets: u32(termCount + 1),
    docs: u32(count)
  }))
  const postings: FieldPostings[] = wide.map((w, f) => ({
    ...w,
    lengths: u16(docCount),
    tfs: u16(header.postingCounts[f]!),
    avgLength: header.avgLengths[f]!
  }))
  return { fields: header.fields, docCount, terms, bySuffix, postings }
}

const isCount = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max

// Counts are bounded by the file's own size, so a crafted header cannot ask for huge arrays.
function checkHeader(value: unknown, size: number): Header {
  const h = value as Partial<Header> | null
  const fields = h?.fields
  const ok =
    h !== null &&
    typeof h === 'object' &&
    Array.isArray(fields) &&
    fields.every((f) => typeof f === 'string') &&
    isCount(h.docCount, size) &&
    isCount(h.termCount, size) &&
    isCount(h.termBytes, size) &&
    Array.isArray(h.postingCounts) &&
    h.postingCounts.length === fields.length &&
    h.postingCounts.every((c) => isCount(c, size)) &&
    Array.isArray(h.avgLengths) &&
    h.avgLengths.length === fields.length &&
    h.avgLengths.every((a) => typeof a === 'number' && Number.isFinite(a))
  if (!ok) throw new IndexFormatError('index header is malformed')
  return h as Header
}
