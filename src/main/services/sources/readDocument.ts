/**
 * Reads one question document from disk as text, with a typed DocumentError for every way it
 * can fail. The size is checked before reading, so a huge file is never loaded into memory.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { decodeDocument } from '../../../shared/domain/parse/decodeDocument'
import { DocumentError, MAX_DOCUMENT_BYTES } from '../../../shared/domain/errors'
import { importDocument, maxImportBytes } from '../../../shared/domain/import/importers'
import type { ParsedDocument } from '../../../shared/domain/parse/parseReport'
import { nodeImportPorts } from '../import/importPorts'

/**
 * Returns the decoded text of the document at `path`. `name` is how the file is named in
 * messages and source references (its base name unless given).
 * @throws DocumentError: not-found, unsupported-type (not a regular file), too-large, unreadable,
 *   or whatever decodeDocument rejects (empty, binary, encoding).
 */
export async function readDocument(path: string, name = basename(path)): Promise<string> {
  return decodeDocument(await readDocumentBytes(path, name, MAX_DOCUMENT_BYTES), name)
}

/**
 * Reads and imports a document of any supported format (Markdown, text, CSV, Anki, notebooks,
 * web pages, Word, PDF) into items and a parse report, with the text they came from when the
 * format has one.
 * @throws DocumentError as readDocument does, or for content its format cannot read.
 */
export async function importFile(
  path: string,
  name = basename(path)
): Promise<ParsedDocument & { text?: string }> {
  const bytes = await readDocumentBytes(path, name, maxImportBytes(name))
  return importDocument(bytes, name, nodeImportPorts)
}

/** The bytes of a regular file no larger than `maxBytes` (checked before reading). */
export async function readDocumentBytes(
  path: string,
  name: string,
  maxBytes: number
): Promise<Uint8Array> {
  const stats = await stat(path).catch((error: unknown) => {
    throw toDocumentError(error, path, name)
  })
  if (!stats.isFile()) {
    throw new DocumentError('unsupported-type', name, `${name}: not a regular file`)
  }
  if (stats.size > maxBytes) {
    throw new DocumentError('too-large', name, `${name}: file is larger than ${formatMb(maxBytes)}`)
  }
  const bytes = await readFile(path).catch((error: unknown) => {
    throw toDocumentError(error, path, name)
  })
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Maps a Node file-system error to the user-facing DocumentError it means. */
export function toDocumentError(
  error: unknown,
  path: string,
  name = basename(path)
): DocumentError {
  if (error instanceof DocumentError) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new DocumentError('not-found', name, `${name}: file not found (${path})`)
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new DocumentError('unreadable', name, `${name}: permission denied`)
  }
  if (code === 'EISDIR') {
    return new DocumentError('unsupported-type', name, `${name}: not a regular file`)
  }
  const detail = error instanceof Error ? error.message : String(error)
  return new DocumentError('unreadable', name, `${name}: could not be read (${detail})`)
}

function formatMb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`
}
