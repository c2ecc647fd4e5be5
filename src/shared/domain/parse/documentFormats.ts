/**
 * Document-level formats. Most documents are a mix of shapes and go to the block dispatcher;
 * a format that recognises a whole document (the app's own Markdown export, say) registers
 * ahead of it with one line in `DOCUMENT_FORMATS`.
 */

import { foldAnswerSection } from './answerSection'
import type { ParsedItem } from '../types'
import { parseBlocks } from './parseBlocks'
import { dropContentsEntries } from './tableOfContents'
import { dropOverviewTopics } from './overviewTopics'
import { sectionTopics } from './sectionTopics'
import type { LineUsage } from './lineUsage'
import type { Doc } from './scanLines'
import { notebookExportFormat } from './formats/notebookExport'
import { myQuestionsFormat } from './formats/myQuestions'
import { giftQuizFormat } from './formats/giftQuiz'
import { cardLinesFormat } from './formats/cardLines'
import { glossaryTableFormat } from './formats/questionTable'

/** A whole-document format: the first whose `detect` accepts the document parses it. */
export interface DocumentFormat {
  name: string
  /** Cheap check on the scanned document (and its text). */
  detect(doc: Doc, text: string): boolean
  /**
   * Items in document order; `source.line` is 1-based and points at a non-blank line. A format
   * that can tell which lines it used records them in `usage` (for the parse report).
   */
  parse(doc: Doc, file: string, usage?: LineUsage): ParsedItem[]
}

// Below this many items, a document's sections may be what it is made of (see below).
const MIN_ITEMS = 3
const TOPICS_PER_ITEM = 4

/**
 * Any document: line/block-level shapes, mixed freely. Always accepts, so it goes last. When
 * no block yields an item (a cheat sheet), its sections are the topics (`sectionTopics`).
 */
export const mixedDocumentFormat: DocumentFormat = {
  name: 'mixed',
  detect: () => true,
  parse: (doc, file, usage) => {
    const items = dropOverviewTopics(
      doc,
      dropContentsEntries(foldAnswerSection(parseBlocks(doc, file, undefined, usage), doc))
    )
    if (items.length >= MIN_ITEMS) return items
    // A cheat sheet of headings over code or notes where a stray line or two read as items:
    // its sections are the topics when they are many times more.
    if (items.length > 0 && sectionTopics(doc, file).length < items.length * TOPICS_PER_ITEM)
      return items
    const topics = sectionTopics(doc, file, usage)
    if (topics.length > 0 || items.length > 0) return topics
    // Nothing else: a summary written as one glossary table.
    return parseBlocks(doc, file, [glossaryTableFormat], usage)
  }
}

/** Registered document formats, most specific first; `mixedDocumentFormat` stays last. */
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = [
  myQuestionsFormat,
  notebookExportFormat,
  giftQuizFormat,
  cardLinesFormat,
  mixedDocumentFormat
]
