/**
 * The block dispatcher: walks the document line by line and lets the format modules claim
 * blocks, in order, so one file can mix formats (001 has three). It owns the section state:
 * a stack of Markdown headings plus an optional soft section (a date or lead line).
 */

import type { ParsedItem } from '../types'
import type { BlockFormat, SectionEvent } from './blockFormat'
import { keyAfterOptions } from './keyAfterOptions'
import { leadingTagChips } from './tagChips'
import { bulletItem } from './lineShapes'
import { extractLinks } from './cleanText'
import { bulletListFormat } from './formats/bulletList'
import { calloutQuestionFormat } from './formats/calloutQuestion'
import { checklistFormat } from './formats/checklist'
import { definitionListFormat } from './formats/definitionList'
import { detailsQuestionFormat } from './formats/detailsQuestion'
import { answerAfterLabel } from './answerAfterLabel'
import { glossaryLinesFormat } from './formats/glossaryLines'
import { headingQuestionFormat } from './formats/headingQuestion'
import { htmlTableFormat } from './formats/htmlTable'
import { labelledExerciseFormat } from './formats/labelledExercise'
import { labelledStemFormat } from './formats/labelledStem'
import { looseLinesFormat } from './formats/looseLines'
import { numberedListFormat } from './formats/numberedList'
import { optionQuizFormat } from './formats/optionQuiz'
import { questionPrefixFormat } from './formats/questionPrefix'
import { questionTableFormat } from './formats/questionTable'
import { quotedQuestionFormat } from './formats/quotedQuestion'
import { ruledEntriesFormat } from './formats/ruledEntries'
import { sectionFormat } from './formats/sections'
import { separatedTasksFormat } from './formats/separatedTasks'
import { separateQuestionDetails } from './questionDetail'
import { isReadingListEntry, isSectionName } from './sectionName'
import { wrappedQuestionFormat } from './formats/wrappedQuestion'
import { isUrlOnly } from './lineShapes'
import { markLines, STRUCTURE, USED, type LineUsage } from './lineUsage'
import type { Doc } from './scanLines'

/**
 * Block formats in the order they get to claim a line. Question headings come before section
 * headings; list and prefix shapes before loose lines, which take whatever is left.
 */
export const BLOCK_FORMATS: readonly BlockFormat[] = [
  optionQuizFormat,
  wrappedQuestionFormat,
  quotedQuestionFormat,
  headingQuestionFormat,
  detailsQuestionFormat,
  calloutQuestionFormat,
  questionTableFormat,
  separatedTasksFormat,
  htmlTableFormat,
  sectionFormat,
  ruledEntriesFormat,
  checklistFormat,
  labelledStemFormat,
  labelledExerciseFormat,
  questionPrefixFormat,
  numberedListFormat,
  glossaryLinesFormat,
  definitionListFormat,
  bulletListFormat,
  looseLinesFormat
]

class SectionState {
  private readonly headings: { level: number; text: string }[] = []
  // A soft section may be unnamed (a bare date): it still changes how lists are read.
  private soft: { text: string | null } | null = null

  apply(raw: SectionEvent): void {
    const event = withNameRule(raw)
    switch (event.type) {
      case 'heading':
      case 'close':
        while (
          this.headings.length > 0 &&
          this.headings[this.headings.length - 1]!.level >= event.level
        ) {
          this.headings.pop()
        }
        if (event.type === 'heading') this.headings.push({ level: event.level, text: event.text })
        this.soft = null
        break
      case 'soft':
        this.soft = { text: isSectionName(event.text) ? event.text : null }
        break
      case 'break':
        this.soft = null
        break
    }
  }

  get inSoftSection(): boolean {
    return this.soft !== null
  }

  get current(): string | null {
    return this.soft?.text ?? this.headings[this.headings.length - 1]?.text ?? null
  }
}

// A heading that cannot name a section (a date, a number) still ends its siblings, like a
// question heading does; its entries stay in the enclosing section.
function withNameRule(event: SectionEvent): SectionEvent {
  if (event.type === 'heading' && !isSectionName(event.text))
    return { type: 'close', level: event.level }
  return event
}

// A file of bullets and at most a lead line or two: `- OOP`, `- REST vs SOAP`, …
const MIN_LIST_ENTRIES = 5
const OTHER_LINES_SHARE = 0.1

/**
 * True for a document that is one list of entries, no headings, no prose: a list of topics to
 * prepare, where every entry is an item however it is worded.
 */
function isListDocument(doc: Doc): boolean {
  let bullets = 0
  let other = 0
  for (const line of doc.lines) {
    if (line.blank) continue
    if (line.code || line.heading || line.underline) return false
    if (line.indent === 0 && bulletItem(line.text) !== null) bullets++
    else if (line.indent === 0) other++
  }
  return bullets >= MIN_LIST_ENTRIES && other <= bullets * OTHER_LINES_SHARE
}

/** Parses a scanned document with the given block formats; items come out in document order. */
export function parseBlocks(
  doc: Doc,
  file: string,
  formats: readonly BlockFormat[] = BLOCK_FORMATS,
  usage?: LineUsage
): ParsedItem[] {
  if (usage) usage.tracked = true
  const lines = doc.lines
  const sections = new SectionState()
  const listDocument = isListDocument(doc)
  const items: ParsedItem[] = []
  // Line after the last block that produced an item: a bare link right there belongs to it.
  let lastItemEnd = -1
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    // Blank lines, inert lines, and code that no question owns, hold no items.
    if (line.blank || (line.code && line.fence !== 'open') || line.inert) {
      if (line.inert) markLines(usage, i, i + 1, STRUCTURE)
      i++
      continue
    }
    const last = items[items.length - 1]
    if (last && lastItemEnd === i && isUrlOnly(line.text)) {
      extractLinks(line.text, last.links)
      markLines(usage, i, i + 1, USED)
      lastItemEnd = ++i
      continue
    }
    let claimed = false
    for (const format of formats) {
      if (line.code && !format.fences) continue
      const result = format.read(doc, i, {
        inSoftSection: sections.inSoftSection,
        section: sections.current,
        listDocument
      })
      if (!result) continue
      if (result.section) sections.apply(result.section)
      const section = sections.current
      const before = items.length
      for (const draft of result.items) {
        // A reading list's linked titles are not items, even when they ask.
        if (isReadingListEntry(section, lines[draft.line]!.text)) continue
        // A quiz's options before its key are not the answer (see keyAfterOptions).
        const keyed =
          draft.kind === 'question' && draft.answer
            ? (keyAfterOptions(draft.answer) ?? draft.answer)
            : draft.answer
        // Material, then `Answer:` alone on a line: the material goes with the question.
        const split = draft.kind === 'question' && keyed ? answerAfterLabel(keyed) : null
        const answer = split ? split.answer : keyed
        const detail = split
          ? [draft.detail, split.detail].filter((d) => d).join('\n\n')
          : draft.detail
        const chips = answer ? leadingTagChips(answer) : null
        items.push({
          kind: draft.kind,
          prompt: draft.prompt,
          answer: chips ? chips.answer : answer,
          section,
          source: { file, line: draft.line + 1 },
          checked: draft.checked,
          links: draft.links,
          ...(detail ? { detail } : {}),
          ...(chips ? { tags: chips.tags } : {})
        })
      }
      const next = Math.max(result.next, i + 1)
      const gave = items.length > before
      if (gave) lastItemEnd = next
      // A block that gave items used its lines; one that only moved the section is structure.
      if (gave) markLines(usage, i, next, USED)
      else if (result.section) markLines(usage, i, next, STRUCTURE)
      i = next
      claimed = true
      break
    }
    if (!claimed) i++
  }
  const text: string[] = []
  const code: string[] = []
  for (const line of lines) (line.code ? code : text).push(line.text)
  return separateQuestionDetails(items, text, code)
}
