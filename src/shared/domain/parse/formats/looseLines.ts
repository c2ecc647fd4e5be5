/**
 * Loose lines, one item per line, as in quick personal notes:
 *   How to create dynamic classes in runtime
 *       Foo = type('Foo', (), {...})          ← indented: the answer
 *       https://…                             ← a bare link: links
 *   getattr, hasattr, dynamic resolve of methods   ← a topic
 * A paragraph of prose is not a list of lines: when prose outweighs questions and topics, or
 * the paragraph reads as one wrapped sentence, it yields nothing. A short line standing alone
 * above a list ("Module to learn") heads that list as a section.
 */

import type { BlockFormat, BlockResult, ItemDraft } from '../blockFormat'
import { asksDirectly, classifyText, type TextKind } from '../classifyText'
import { cleanPrompt, cleanSection, extractLinks, stripEmphasis } from '../cleanText'
import { PROPERTY_LINE } from '../judgeList'
import {
  answerMarker,
  bulletItem,
  isFiller,
  isUrlOnly,
  numberedItem,
  opensDetails,
  questionPrefix
} from '../lineShapes'
import { buildAnswer } from '../buildAnswer'
import {
  endsAsking,
  hasCardParagraphs,
  hasQuestionParagraphs,
  questionRuns
} from '../questionParagraph'
import { endsAnswer, isStructural, readAnswer } from '../readAnswer'
import { readParagraphAnswer } from '../readParagraphAnswer'
import type { Doc, Line } from '../scanLines'
import { termDefinition } from '../termDefinition'
import { isVerdictPoint } from '../verdictMarks'
import { isTruthValue } from '../quizStems'

interface Entry {
  line: number
  text: string
  kind: TextKind
  answer: string | null
  links: string[]
}

// Where a wrapped sentence breaks: a trailing comma or a word that cannot end a phrase.
const DANGLING = /(?:,|\b(?:and|or|the|of|to|a|an|in|with|for|that|which|is|are|by|on|from))$/i

function startsOtherFormat(line: Line): boolean {
  return (
    line.code ||
    isStructural(line) ||
    numberedItem(line.text) !== null ||
    bulletItem(line.text) !== null ||
    questionPrefix(line.text) !== null ||
    answerMarker(line.text) !== null ||
    opensDetails(line.text)
  )
}

// Lines that are markup, not words: tables, quotes, HTML, images; tag lines (`#python #orm`)
// and flashcard-export headers (`#separator:semicolon`).
function isMarkup(text: string): boolean {
  return (
    /^(?:[|>]|<[a-z/!]|!\[|\[!\[)/i.test(text) ||
    /^#[\w/-]+(?::\S*)?(?:[ \t]+#[\w/-]+)*$/.test(text)
  )
}

// `What is the GIL?;A mutex…` (a flashcard export line): the question and its answer.
// Spaces, then one `;` or tab: a tab run is not matched by two quantifiers in turn.
const CARD = /^(.*\S\?) *(?:;|\t)[ \t]*(\S.*)$/

function readParagraph(doc: Doc, index: number): { entries: Entry[]; next: number } {
  const lines = doc.lines
  const entries: Entry[] = []
  let j = index
  while (j < lines.length) {
    const line = lines[j]!
    if (line.blank || (j > index && startsOtherFormat(line))) break
    if (isFiller(line.text) || isMarkup(line.text) || isVerdictPoint(line.text)) {
      j++
      continue
    }
    if (isUrlOnly(line.text)) {
      const last = entries[entries.length - 1]
      if (last) extractLinks(line.text, last.links)
      j++
      continue
    }
    const card = CARD.exec(line.raw)
    if (card && card[1] && card[2]) {
      entries.push({
        line: j,
        text: card[1].trim(),
        kind: 'question',
        answer: card[2].trim(),
        links: extractLinks(line.text)
      })
      j++
      continue
    }
    const read = readAnswer(doc, j + 1, line.indent, 'loose')
    entries.push({
      line: j,
      text: line.text,
      kind: classifyText(line.text),
      answer: read.answer,
      links: extractLinks(line.text, [...read.links])
    })
    j = Math.max(read.next, j + 1)
  }
  return { entries, next: Math.max(j, index + 1) }
}

// Is a list (items, or a paragraph of at least two lines) coming right after `next`?
function listFollows(doc: Doc, next: number): boolean {
  const k = doc.nextNonBlank[next] ?? doc.lines.length
  const line = doc.lines[k]
  if (!line || line.code || isStructural(line)) return false
  if (numberedItem(line.text) !== null || bulletItem(line.text) !== null) return true
  const after = doc.lines[k + 1]
  return !!after && !after.blank && !startsOtherFormat(after)
}

function isShortTask(text: string): boolean {
  return text.split(/\s+/).length <= 12 && !/[.!?]\s+\S/.test(text)
}

// One short line with no list marker and no closing punctuation (`🔹 Project & App Structure`)
// between questions heads the next ones: it is not the answer of the one above.
function isTitleLine(answer: string): boolean {
  if (answer.includes('\n') || bulletItem(answer) !== null || numberedItem(answer) !== null)
    return false
  return answer.split(/\s+/).length <= 8 && !/[.!?:;)。！？：]$/.test(answer)
}

function toItem(entry: Entry, kind: 'question' | 'topic'): ItemDraft {
  const prompt = cleanPrompt(entry.text)
  // `HAML - HTML Abstraction Markup Language`: the term is the topic, the rest defines it.
  const term = kind === 'topic' ? termDefinition(prompt) : null
  return {
    kind,
    prompt: term ? term.term : prompt,
    answer: term ? joinParagraphs(term.definition, entry.answer) : entry.answer,
    line: entry.line,
    checked: null,
    links: entry.links
  }
}

function joinParagraphs(first: string, rest: string | null): string {
  return rest === null ? first : `${first}\n\n${rest}`
}

function isLead(entry: Entry): boolean {
  return entry.kind !== 'question' && (entry.kind === 'topic' || entry.text.endsWith(':'))
}

/**
 * The paragraphs after a blank line under a question standing at the end of its paragraph. In
 * question-and-answer notes the next asking line is the next question, even with no blank line
 * before it.
 */
function answerBelow(doc: Doc, question: string, next: number, base: number) {
  const paired = hasQuestionParagraphs(doc)
  const ends = (l: Line): boolean =>
    endsAnswer(l, 'loose', base) || (paired && l.indent <= base && endsAsking(l.text))
  // A list right under a question that asks outright (`**Operators?**`, `- = equal`).
  return readParagraphAnswer(doc, next, base, ends, { adjacentList: asksDirectly(question) })
}

// `What is Redis?` over the lines that answer it, in a document written that way (see
// `questionParagraph`): one question per asking line, the lines below it its answer.
function questionPairs(
  doc: Doc,
  entries: readonly Entry[],
  next: number
): { items: ItemDraft[]; next: number } | null {
  const texts = entries.map((e) => e.text)
  // In flashcards a paragraph is one card: its first line asks, the rest answers.
  const card = hasCardParagraphs(doc) && texts.length > 1 && endsAsking(texts[0]!)
  const runs = card ? [{ head: 0, tail: texts.slice(1).map((_, k) => k + 1) }] : questionRuns(texts)
  // A line under a question may hold code of its own (`Groups rows:` over a fence): the
  // lines between two questions are read as they stand, that code included.
  if (!runs || runs.some((run) => entries[run.head]!.answer !== null)) return null
  const items = runs.map((run, r) => {
    const head = entries[run.head]!
    const end = r + 1 < runs.length ? entries[runs[r + 1]!.head]!.line : next
    const raw: string[] = []
    const links = [...head.links]
    for (let j = head.line + 1; j < end; j++) {
      const text = doc.lines[j]!.text
      if (isUrlOnly(text)) extractLinks(text, links)
      else raw.push(doc.lines[j]!.raw)
    }
    const answer = buildAnswer(raw)
    if (answer !== null) extractLinks(answer, links)
    return { ...toItem(head, 'question'), answer, links }
  })
  const last = items[items.length - 1]!
  if (runs[runs.length - 1]!.tail.length === 0 && last.answer === null) {
    // The paragraph ends with a question: its answer is the paragraph below.
    const head = entries[runs[runs.length - 1]!.head]!
    const more = answerBelow(doc, head.text, next, doc.lines[head.line]!.indent)
    if (more && more.answer !== null && !isTitleLine(more.answer)) {
      items[items.length - 1] = {
        ...last,
        answer: more.answer,
        links: [...last.links, ...more.links]
      }
      return { items, next: more.next }
    }
  }
  return { ...introducedList(doc, items, next), items }
}

// `Given below are the built-in types:` closing the last answer, then a blank line and the
// lines it announces: they go on with that answer.
function introducedList(doc: Doc, items: ItemDraft[], next: number): { next: number } {
  const last = items[items.length - 1]
  if (!last?.answer || !/[:：]$/.test(last.answer)) return { next }
  const more = readParagraphAnswer(doc, next, 0, (l) => endsAnswer(l, 'loose', 0))
  if (!more || more.answer === null) return { next }
  items[items.length - 1] = {
    ...last,
    answer: `${last.answer}\n\n${more.answer}`,
    links: [...last.links, ...more.links]
  }
  return { next: more.next }
}

function isCellOutput(doc: Doc, index: number): boolean {
  const line = doc.lines[index]!
  if (line.indent < 4 || index === 0 || !doc.lines[index - 1]!.blank) return false
  let j = index - 1
  while (j >= 0 && doc.lines[j]!.blank) j--
  const above = j >= 0 ? doc.lines[j]! : null
  return above !== null && above.fence === 'close' && above.indent < line.indent
}

/** Loose question and topic lines. */
export const looseLinesFormat: BlockFormat = {
  name: 'loose-lines',
  read(doc, index, ctx): BlockResult | null {
    const first = doc.lines[index]!
    if (first.blank || startsOtherFormat(first)) return null
    const { entries, next } = readParagraph(doc, index)
    // A notebook's printed output, indented under the code cell above it, is code too.
    if (isCellOutput(doc, index)) return { items: [], next }
    if (entries.length === 0) return { items: [], next }

    const head = entries[0]!
    // `Tags: interview, django`, `**Total Questions:** 75`: a page's properties (Notion,
    // Obsidian, a quiz's header).
    const isProperty = (e: Entry): boolean => PROPERTY_LINE.test(stripEmphasis(e.text))
    if (entries.every((e) => e.answer === null && isProperty(e) && e.kind !== 'question'))
      return { items: [], next }
    if (entries.length === 1) {
      // Alone, a line is a question when it asks outright, or is a short one-sentence task;
      // a long imperative sentence in notes ("Given any schema, use .parse to…") is prose.
      if (head.kind === 'question' && (asksDirectly(head.text) || isShortTask(head.text))) {
        if (head.answer !== null) return { items: [toItem(head, 'question')], next }
        // A question standing alone, then paragraphs or a list after a blank line: its answer.
        const more = answerBelow(doc, head.text, next, first.indent)
        if (!more || more.answer === null || isTitleLine(more.answer))
          return { items: [toItem(head, 'question')], next }
        const item = { ...toItem(head, 'question'), answer: more.answer }
        return { items: [{ ...item, links: [...item.links, ...more.links] }], next: more.next }
      }
      // `La sentencia DROP puede borrar una base de datos` over `Cierto`: a true/false item.
      if (head.kind !== 'question' && !head.text.endsWith(':')) {
        const below = head.answer === null ? answerBelow(doc, head.text, next, first.indent) : null
        const verdict = head.answer ?? below?.answer ?? null
        if (verdict !== null && isTruthValue(verdict))
          return {
            items: [{ ...toItem(head, 'question'), answer: verdict }],
            next: below?.next ?? next
          }
      }
      if (isLead(head) && head.answer === null && listFollows(doc, next)) {
        const text = cleanSection(head.text)
        return text ? { items: [], next, section: { type: 'soft', text } } : { items: [], next }
      }
      // A lone phrase is a topic only under a date/lead line or when notes hang under it.
      const topic = head.kind === 'topic' && (ctx.inSoftSection || head.answer !== null)
      return { items: topic ? [toItem(head, 'topic')] : [], next }
    }

    const paired = hasQuestionParagraphs(doc) ? questionPairs(doc, entries, next) : null
    if (paired) return paired

    // "Topics:" over the lines that follow.
    let body = entries
    let section: BlockResult['section']
    if (head.kind !== 'question' && head.text.endsWith(':') && head.answer === null) {
      const text = cleanSection(head.text)
      if (text) section = { type: 'soft', text }
      body = entries.slice(1)
    }
    const questions = body.filter((e) => e.kind === 'question').length
    const topics = body.filter((e) => e.kind === 'topic').length
    const prose = body.length - questions - topics
    const wrapped = body.slice(0, -1).some((e) => DANGLING.test(e.text))
    if (prose >= questions + topics || (wrapped && questions === 0)) return { items: [], next }
    const items = body
      .filter((e) => e.kind !== 'prose')
      .map((e) => toItem(e, e.kind === 'question' ? 'question' : 'topic'))
      .filter((item) => item.prompt !== '')
    return { items, next, section }
  }
}
