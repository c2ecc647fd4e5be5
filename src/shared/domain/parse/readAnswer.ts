/**
 * Finds the answer under a question line, whatever shape it takes: an explicit marker
 * (`Ans-`, `Answer:`, `A:`, `=>`), a `<details>` disclosure, or lines indented under the
 * question (notes, `- ` bullets, fenced code). Shared by every format so they agree on where an
 * answer ends.
 */

import { underlinesAnswerLine } from './answerUnderline'
import { buildAnswer } from './buildAnswer'
import { asksDirectly, looksLikeQuestion } from './classifyText'
import { extractLinks } from './cleanText'
import { hasQuestionMark } from './interrogatives'
import { readDetailsQuestion } from './detailsSummary'
import {
  answerMarker,
  bannerText,
  bulletItem,
  checkbox,
  isBareDate,
  isBoldQuestion,
  isFiller,
  isSeparator,
  isUrlOnly,
  numberedItem,
  opensDetails,
  questionPrefix,
  symbolTitle
} from './lineShapes'
import type { Doc, Line } from './scanLines'
import { asNestedEntry, starredSubBullet } from './starredSubBullets'

/** Which kind of question line is asking; decides what line starts the next question. */
export type QuestionFamily = 'prefix' | 'numbered' | 'bullet' | 'loose'

export interface AnswerRead {
  answer: string | null
  links: string[]
  /** First line after the answer (the question's next line when there is none). */
  next: number
}

/** Headings, rules, banners and dates end any block. */
export function isStructural(line: Line): boolean {
  if (line.code || line.blank) return false
  if (line.structural === undefined) {
    line.structural =
      line.heading !== null ||
      line.underline ||
      isSeparator(line.text) ||
      bannerText(line.text) !== null ||
      symbolTitle(line.text) !== null ||
      isBareDate(line.text)
  }
  return line.structural
}

/**
 * `looksLikeQuestion` of a line's item text, memoised on the line. Whether it is asked with the
 * text after the list marker or the whole line does not matter: markers are not words.
 */
function itemAsks(line: Line, rest: string): boolean {
  if (line.asks === undefined) line.asks = looksLikeQuestion(rest)
  return line.asks
}

function listItemText(text: string): string | null {
  return numberedItem(text)?.rest ?? bulletItem(text)
}

/** True when `line` begins another question of the same family (so the answer ends there). */
function startsQuestion(line: Line, family: QuestionFamily, baseIndent: number): boolean {
  if (line.code || line.blank) return false
  if (questionPrefix(line.text) !== null) return true
  const item = listItemText(line.text)
  // A checklist entry with a question mark is the next question; other entries are a quiz's
  // options ("- [x] Create a directory…" is an option, not a task of its own).
  const box = item !== null ? checkbox(item) : null
  if (box && hasQuestionMark(box.rest)) return true
  if (family === 'numbered') {
    const n = numberedItem(line.text)
    return (
      !!n && line.indent <= baseIndent + 1 && (isBoldQuestion(n.rest) || itemAsks(line, n.rest))
    )
  }
  if (family === 'bullet') {
    const b = bulletItem(line.text)
    return b !== null && line.indent <= baseIndent && itemAsks(line, b)
  }
  if (family === 'loose') return line.indent <= baseIndent && itemAsks(line, line.text)
  return false
}

/** True when `line` ends an answer: structure, chat filler, or the next question. */
export function endsAnswer(line: Line, family: QuestionFamily, baseIndent: number): boolean {
  if (line.code || line.blank) return false
  return isStructural(line) || isFiller(line.text) || startsQuestion(line, family, baseIndent)
}

function nextEntryOutside(
  label: Line,
  line: Line,
  family: QuestionFamily,
  baseIndent: number
): boolean {
  if (family !== 'numbered' || label.indent <= baseIndent || line.code || line.blank) return false
  return line.indent <= baseIndent && numberedItem(line.text) !== null
}

function lastNonBlank(doc: Doc, from: number, to: number): number {
  let last = from - 1
  for (let j = from; j < to; j++) if (!doc.lines[j]!.blank) last = j
  return last
}

/**
 * Reads the answer that follows the question on line `start - 1`.
 * @param baseIndent the question line's indentation: deeper lines belong to it.
 */
export function readAnswer(
  doc: Doc,
  start: number,
  baseIndent: number,
  family: QuestionFamily
): AnswerRead {
  const lines = doc.lines
  const n = lines.length
  const none: AnswerRead = { answer: null, links: [], next: start }
  const k = doc.nextNonBlank[start] ?? n
  const first = lines[k]
  if (!first || (!first.code && endsAnswer(first, family, baseIndent))) return none

  const marker = first.code ? null : answerMarker(first.text)
  if (marker !== null) {
    const out = [marker]
    let j = k + 1
    for (; j < n; j++) {
      const line = lines[j]!
      if (endsAnswer(line, family, baseIndent) && !underlinesAnswerLine(doc, j, baseIndent)) break
      // An `Answer:` indented under its entry ends where the list's next entry comes back
      // out to the entry's own depth, asking or not (`1. Django request path`).
      if (nextEntryOutside(first, line, family, baseIndent)) break
      // Loose lines have no numbering to end an answer, so a blank line does, unless the
      // answer is indented below, or opened by a bare `Answer:` label line: such a label
      // announces paragraphs, which run to the next question or rule.
      if (family === 'loose' && line.blank && marker !== '') {
        const after = lines[doc.nextNonBlank[j] ?? n]
        if (!after || after.indent <= baseIndent) break
      }
      out.push(line.raw)
    }
    const end = lastNonBlank(doc, k, j) + 1
    const links = extractLinks(out.join('\n'))
    return { answer: buildAnswer(out.slice(0, end - k), { inlineFirst: true }), links, next: end }
  }

  // A disclosure whose summary asks is the next question, not this one's answer.
  if (opensDetails(first.text) && !readDetailsQuestion(doc, k)) {
    const close = doc.nextDetailsClose[k] ?? n
    let j = k
    for (; j < n && j <= close; j++) {
      if (j > k && isStructural(lines[j]!)) break
    }
    const out = lines.slice(k, j).map((l) => l.raw)
    return { answer: buildAnswer(out), links: extractLinks(out.join('\n')), next: j }
  }

  // `Q2. What is X?` / `1. What is X?` with its answer on the lines right below, unmarked:
  // up to a blank line. Bare links there are references.
  if (
    (family === 'prefix' || family === 'numbered') &&
    k === start &&
    !first.code &&
    first.indent <= baseIndent
  ) {
    if (asksDirectly(first.text) && !isUrlOnly(first.text)) return none
    let j = k
    // A numbered line ends an unmarked answer (it is the next entry); `- ` bullets right
    // under the question are its answer.
    const ends = (line: Line) =>
      line.blank ||
      endsAnswer(line, family, baseIndent) ||
      (!line.code && numberedItem(line.text) !== null)
    while (j < n && !ends(lines[j]!)) j++
    const links: string[] = []
    const out: string[] = []
    for (let m = k; m < j; m++) {
      const text = lines[m]!.text
      if (isUrlOnly(text)) extractLinks(text, links)
      else out.push(lines[m]!.raw)
    }
    extractLinks(out.join('\n'), links)
    return { answer: buildAnswer(out), links, next: j }
  }

  // Indented notes, or a fence right under the question; under a bullet, `** entry` lines are
  // nested entries too (see starredSubBullets).
  const nested = (line: Line) =>
    family === 'bullet' && !line.code && starredSubBullet(line.text) !== null
  const fenceBelow = first.fence === 'open' && k === start
  if (first.indent <= baseIndent && !fenceBelow && !(k === start && nested(first))) return none
  const out: string[] = []
  const links: string[] = []
  let j = k
  for (; j < n; j++) {
    const line = lines[j]!
    if (line.blank || line.code) {
      out.push(line.raw)
      continue
    }
    if (nested(line)) {
      out.push(asNestedEntry(line.text)!)
      continue
    }
    if (line.indent <= baseIndent || endsAnswer(line, family, baseIndent)) break
    // A bare link under a question is a reference, kept in `links` rather than the answer text.
    if (isUrlOnly(line.text)) {
      extractLinks(line.text, links)
      out.push('')
      continue
    }
    out.push(line.raw)
  }
  const end = lastNonBlank(doc, k, j) + 1
  const kept = out.slice(0, end - k)
  extractLinks(kept.join('\n'), links)
  // One line under a question that asks again (a translation, a rewording) is not its answer.
  if (restatesQuestion(kept)) return { answer: null, links, next: end }
  return { answer: buildAnswer(kept), links, next: end }
}

function restatesQuestion(kept: readonly string[]): boolean {
  const filled = kept.filter((l) => l.trim() !== '')
  if (filled.length !== 1) return false
  const text = filled[0]!.trim()
  if (/^(?:`{3,}|~{3,})/.test(text)) return false
  const item = bulletItem(text) ?? text
  // A question mark, or a question word in a script other than Latin ("…について説明してください").
  return hasQuestionMark(item) || (!/\p{Script=Latin}/u.test(item) && asksDirectly(item))
}
