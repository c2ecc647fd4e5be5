/**
 * The parse of one text document with its report and title: the same in the parse worker and
 * in the main thread (kept apart from `documentParser` so the worker bundle stays small).
 */
import { documentTitle } from '../../../shared/domain/parse/documentTitle'
import {
  parseDocumentWithReport,
  type ParsedDocument
} from '../../../shared/domain/parse/parseReport'

/** A parsed document with the title the sidebar shows for it. */
export interface ParsedSource extends ParsedDocument {
  title: string
}

/** A request to the parse worker. */
export interface ParseRequest {
  id: number
  text: string
  file: string
}

/** Parses `text` (the document named `file`) with its report and title. */
export function parseOne(text: string, file: string): ParsedSource {
  return { ...parseDocumentWithReport(text, file), title: documentTitle(text, file) }
}
