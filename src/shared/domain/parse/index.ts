/**
 * Document parsing: text in, `ParsedItem[]` out, in document order. Pure: no Node, no DOM.
 *
 *   const text = decodeDocument(bytes, 'notes.txt')   // throws DocumentError for bad input
 *   const items = parseDocument(text, 'notes.txt')    // never throws
 *
 * How it works: `scanDocument` records per-line facts once (indent, fenced code, headings,
 * title). A document format that recognises the whole file (`DOCUMENT_FORMATS`) parses it;
 * otherwise `parseBlocks` walks the lines and lets the block formats in `BLOCK_FORMATS` claim
 * blocks in turn, so one file may mix shapes:
 *   formats/headingQuestion  `### 1. What is OOP?` + body (`Answer:` label dropped; deeper
 *                            headings that do not ask stay in the body, see questionHeadings)
 *   formats/detailsQuestion  `<details><summary>1. What is X?</summary>` + body
 *   formats/calloutQuestion  Obsidian `> [!question] What is X?` + quoted answer
 *   formats/questionTable    `| # | Question | Answer |` tables (other tables are skipped)
 *   formats/htmlTable        raw `<table>` HTML with Question/Answer columns (same rule)
 *   formats/sections         headings, `*****DJANGO:*****` banners, bare dates, bold labels, rules
 *   formats/checklist        `N. [x] …` / `- [ ] …`
 *   formats/questionPrefix   `Q. …` / `Q: …` + `Ans- …` / `A: …` (and a typo'd `R. …`)
 *   formats/numberedList     `1. …`, `1) …`, `**1.** …`, with indented, `Answer:`, `=>`, `<details>`
 *                            or plain-paragraph answers
 *   formats/bulletList       `- …` topics under a date, bulleted questions
 *   formats/looseLines       one question or topic per line, indented notes as answers
 * Front matter and HTML comments are inert (`inertLines`). Every answer goes through
 * `readAnswer` or `readParagraphAnswer` (where it ends) and `buildAnswer` (its Markdown, with
 * unfenced Python fenced by `fenceBareCode`);
 * question vs topic vs prose is decided in one place, `classifyText`.
 */

import type { ParsedItem } from '../types'
import { DOCUMENT_FORMATS, type DocumentFormat } from './documentFormats'
import { newLineUsage, type LineUsage } from './lineUsage'
import { unwrapMarkdownFence } from './markdownWrapper'
import { joinBareNumbers } from './bareNumberLines'
import { blankCopyButtons } from './copyButtonResidue'
import { looksLikeOrg, orgToMarkdown } from './orgMarkup'
import { unwrapScriptText } from './scriptWrapping'
import { scanDocument, splitLines, type Doc } from './scanLines'

export { decodeDocument, normaliseNewlines } from './decodeDocument'
export { DOCUMENT_FORMATS, mixedDocumentFormat, type DocumentFormat } from './documentFormats'
export { BLOCK_FORMATS, parseBlocks } from './parseBlocks'
export type { BlockFormat, BlockResult, ItemDraft, SectionEvent } from './blockFormat'
export { scanDocument, splitLines, type Doc, type Line } from './scanLines'
export { looksLikeQuestion, isTopicLike, classifyText } from './classifyText'
export { buildAnswer } from './buildAnswer'

/**
 * Parses a document's text into items. Lines are counted as `splitLines` does (LF, CRLF or a
 * lone CR each end a line), 1-based. Never throws: a format that fails on some input is skipped
 * and the next one tried, ending with the mixed-format parser; the worst case is `[]`.
 */
export function parseDocument(
  text: string,
  file: string,
  formats: readonly DocumentFormat[] = DOCUMENT_FORMATS
): ParsedItem[] {
  return parseScanned(text, file, formats).items
}

/** A parse with the scanned document and which lines went where, for the parse report. */
export interface ScannedParse {
  items: ParsedItem[]
  doc: Doc | null
  usage: LineUsage | null
}

// Org-mode notes are read as the Markdown they mean, notes kept in a script as the text they
// hold, and bare `1.` lines as numbered items (all line for line).
function readAsMarkdown(text: string, file: string): string {
  const lines = splitLines(text)
  // A `.org` file is org-mode whatever it holds; elsewhere its keyword lines must say so.
  const org = /\.org$/i.test(file) || (text.includes('#+') && looksLikeOrg(lines))
  const markdown = org ? orgToMarkdown(lines) : lines
  return joinBareNumbers(blankCopyButtons(unwrapScriptText(markdown))).join('\n')
}

/** `parseDocument`, keeping the scanned lines and their usage. Never throws. */
export function parseScanned(
  text: string,
  file: string,
  formats: readonly DocumentFormat[] = DOCUMENT_FORMATS
): ScannedParse {
  const source = readAsMarkdown(
    typeof text === 'string' ? unwrapMarkdownFence(text.replace(/^\uFEFF/, '')) : '',
    file
  )
  let doc: Doc
  try {
    doc = scanDocument(source)
  } catch {
    return { items: [], doc: null, usage: null }
  }
  for (const format of formats) {
    const usage = newLineUsage(doc.lines.length)
    try {
      if (format.detect(doc, source)) return { items: format.parse(doc, file, usage), doc, usage }
    } catch {
      // A broken format must not take the document down: fall through to the next one.
    }
  }
  return { items: [], doc, usage: null }
}
