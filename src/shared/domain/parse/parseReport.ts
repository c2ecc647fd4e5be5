/**
 * What the parser made of one document, in words a user can act on: shown by
 * `notebook parse --report`, on a source in the app, and in the preview before a source is added.
 *
 * Shared by the CLI, the ingest path and the import preview. `unusedLines` are the non-blank
 * lines no format made part of an item (headings, rules and inert blocks excepted); `warnings`
 * come from `reportWarnings`.
 */

import type { ParsedItem } from '../types'
import { parseScanned } from './index'
import { UNSEEN } from './lineUsage'
import { reportWarnings } from './reportWarnings'

/** A non-blank line of the document that went into no item (nor a heading or inert block). */
export interface UnusedLine {
  /** 1-based, counted as `splitLines` does. */
  line: number
  text: string
}

export interface ParseReport {
  file: string
  items: number
  questions: number
  topics: number
  /** Items with a reference answer. */
  answered: number
  /** Items ticked `[x]` in the file: they start as Learning (see study/checklistImport). */
  checked: number
  unusedLines: UnusedLine[]
  /** Plain-language notes: "looks like a quiz: 28 questions with options", "142 lines not used". */
  warnings: string[]
}

/** A document's items together with the report on them. Never throws, like `parseDocument`. */
export interface ParsedDocument {
  items: ParsedItem[]
  report: ParseReport
}

/** Parses a document and reports on the result. */
export function parseDocumentWithReport(text: string, file: string): ParsedDocument {
  const { items, doc, usage } = parseScanned(text, file)
  const unused: UnusedLine[] = []
  if (doc && usage?.tracked) {
    for (const line of doc.lines) {
      if (line.blank || line.underline || usage.lines[line.index] !== UNSEEN) continue
      // Headings name sections: never "unused", whichever format read them.
      if (line.heading && !line.code) continue
      unused.push({ line: line.index + 1, text: line.text })
    }
  }
  return { items, report: summariseItems(items, file, unused, reportWarnings(items, unused)) }
}

/** The counting half of a report, from the items alone. */
export function summariseItems(
  items: readonly ParsedItem[],
  file: string,
  unusedLines: UnusedLine[],
  warnings: string[]
): ParseReport {
  let questions = 0
  let answered = 0
  let checked = 0
  for (const item of items) {
    if (item.checked === true) checked++
    if (item.kind === 'question') questions++
    if (item.answer !== null && item.answer.trim() !== '') answered++
  }
  return {
    file,
    items: items.length,
    questions,
    topics: items.length - questions,
    answered,
    checked,
    unusedLines,
    warnings
  }
}
