/**
 * Every file format the app reads, in one ordered table: picked by extension, most specific
 * first, and confirmed by content (`detect`); Markdown and plain text come last. One output
 * shape (items + report) whatever the format, so the catalog, the preview and the CLI treat
 * every source alike.
 */

import { DocumentError, MAX_DOCUMENT_BYTES } from '../errors'
import { summariseItems, type ParsedDocument } from '../parse/parseReport'
import { apkgImporter } from './anki/apkg'
import { csvImporter } from './csv'
import { docxImporter } from './docx'
import { htmlImporter } from './html'
import { jupyterImporter } from './jupyter'
import { markdownImporter } from './markdown'
import { pdfImporter } from './pdf'
import { srCardsImporter } from './srCards'
import type { Importer, ImportPorts } from './types'

export const IMPORTERS: readonly Importer[] = [
  apkgImporter,
  docxImporter,
  pdfImporter,
  jupyterImporter,
  csvImporter,
  htmlImporter,
  srCardsImporter,
  markdownImporter
]

/** Largest file per format: packages carry media, PDFs and Word files images. */
const MAX_BYTES: Record<string, number> = {
  '.apkg': 1024 * 1024 * 1024,
  '.colpkg': 1024 * 1024 * 1024,
  '.pdf': 200 * 1024 * 1024,
  '.docx': 100 * 1024 * 1024
}

/** Every extension some importer reads, with the dot, lower case. */
export const IMPORT_EXTENSIONS: readonly string[] = [
  ...new Set(IMPORTERS.flatMap((i) => i.extensions))
]

/** The extension of a file name, lower case with the dot ('' when none). */
export function extensionOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}

/** Whether some importer reads files named like this. */
export function isImportable(file: string): boolean {
  return IMPORT_EXTENSIONS.includes(extensionOf(file))
}

/** The largest file the app reads for this name, checked before the file is loaded. */
export function maxImportBytes(file: string): number {
  return MAX_BYTES[extensionOf(file)] ?? MAX_DOCUMENT_BYTES
}

/**
 * Reads a file of any supported format into items and a report. A file whose extension no
 * importer claims goes to the text path (it was added on purpose).
 * @throws DocumentError with a message for the user when the file cannot be read at all.
 */
export async function importDocument(
  bytes: Uint8Array,
  file: string,
  ports: ImportPorts
): Promise<ParsedDocument & { text?: string; format: string }> {
  const extension = extensionOf(file)
  const candidates = IMPORTERS.filter((i) => i.extensions.includes(extension))
  const claimed = candidates.filter((i) => i.detect(bytes, file))
  if (claimed.length === 0 && candidates.length === 0) claimed.push(markdownImporter)
  if (claimed.length === 0) {
    throw new DocumentError(
      'unsupported-type',
      file,
      `${file}: the content does not match its ${extension} extension`
    )
  }
  // A format whose marks a file carries but whose reader finds nothing in it (a `#card` tag
  // over an exam that is not written as cards) gives way to the next one that claims it.
  let importer = claimed[0]!
  let result = await importer.read(bytes, file, ports)
  for (const next of claimed.slice(1)) {
    if (result.items.length > 0) break
    importer = next
    result = await next.read(bytes, file, ports)
  }
  const warnings = [...result.warnings]
  if (result.items.length === 0 && warnings.length === 0)
    warnings.push('No questions found in this file.')
  const report = summariseItems(result.items, file, result.unusedLines ?? [], warnings)
  return {
    items: result.items,
    report,
    format: importer.name,
    ...(result.text !== undefined ? { text: result.text } : {})
  }
}
