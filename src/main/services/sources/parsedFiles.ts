/**
 * Parse results kept per document, so an ingest parses only the documents that changed: a
 * document whose size and mtime match the record is not even read; one whose stamp moved but
 * whose bytes hash the same is read but not parsed.
 */
import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import type { DocumentParser, ParsedSource } from './documentParser'
import type { ResolvedSource } from './ingestSources'
import { readDocumentBytes } from './readDocument'

/** One document as last read: its stamp, content hash and what parsing gave. */
export interface ParsedFileRecord {
  size: number
  mtimeMs: number
  /** sha256 of the bytes, hex. */
  hash: string
  /** When the record was made (ms since the epoch). */
  checkedAt: number
  parsed: ParsedSource
}

/** Records by `fileKey`. */
export type ParsedFiles = Map<string, ParsedFileRecord>

// A file written in the same moment it was read may change again within its mtime's
// resolution without the stamp moving (git's "racy" entries): such records are re-hashed.
const RACY_MS = 2000

/** The key of a document: its path and the name its items carry in their source references. */
export function fileKey(file: { path: string; name: string }): string {
  return `${file.path}\u0000${file.name}`
}

/** sha256 of `bytes` as hex. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * The parse result of `file`: the earlier record when the document is unchanged, else a fresh
 * parse. `parsed` says which.
 * @throws DocumentError as readDocumentBytes, or what the parser throws.
 */
export async function readParsed(
  file: { path: string; name: string },
  maxBytes: number,
  parser: DocumentParser,
  previous: ParsedFiles | undefined
): Promise<{ key: string; record: ParsedFileRecord; parsed: boolean }> {
  const key = fileKey(file)
  const before = previous?.get(key)
  const stats = await stat(file.path).catch(() => null)
  if (
    before &&
    stats?.isFile() &&
    stats.size === before.size &&
    stats.mtimeMs === before.mtimeMs &&
    before.mtimeMs < before.checkedAt - RACY_MS
  )
    return { key, record: before, parsed: false }
  const checkedAt = Date.now()
  const bytes = await readDocumentBytes(file.path, file.name, maxBytes)
  const stamp = { size: bytes.byteLength, mtimeMs: stats?.mtimeMs ?? 0, checkedAt }
  const hash = contentHash(bytes)
  if (before && before.hash === hash) return { key, record: { ...before, ...stamp }, parsed: false }
  const parsed = await parser.parse(bytes, file.name)
  return { key, record: { ...stamp, hash, parsed }, parsed: true }
}

/**
 * Hash of what an ingest read: the sources as resolved (paths, names, kinds, errors) and the
 * content hash of every document, in order. Equal fingerprints give equal catalogs.
 */
export function ingestFingerprint(
  sources: readonly ResolvedSource[],
  files: ParsedFiles,
  errors: readonly string[][]
): string {
  const hash = createHash('sha256')
  sources.forEach((source, i) => {
    hash.update(JSON.stringify([source.path, source.name, source.kind, source.builtIn]))
    hash.update(`\u0001${source.error ?? ''}\u0001${(errors[i] ?? []).join('\u0002')}`)
    for (const file of source.files) {
      const key = fileKey(file)
      hash.update(`\u0003${key}\u0000${files.get(key)?.hash ?? '-'}`)
    }
  })
  return hash.digest('hex')
}
