/**
 * The end of every text-producing importer: Markdown (or plain text) through the document
 * parser, its report's unused lines and warnings carried into the import result.
 */

import { parseDocumentWithReport } from '../parse/parseReport'
import type { ImportResult } from './types'

/** Parses converted or native document text; `warnings` are the converter's own. */
export function readDocumentText(
  text: string,
  file: string,
  warnings: string[] = []
): ImportResult {
  const { items, report } = parseDocumentWithReport(text, file)
  return {
    items,
    warnings: [...warnings, ...report.warnings],
    unusedLines: report.unusedLines,
    text
  }
}
