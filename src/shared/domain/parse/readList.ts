/**
 * Reads a run of list items (numbered, bulleted or checklist) with each item's answer, so a
 * format can judge the list as a whole ("mostly questions" → all questions) before emitting.
 */

import type { ItemDraft } from './blockFormat'
import { extractLinks } from './cleanText'
import type { ItemKind } from '../types'
import { looksLikeQuestion } from './classifyText'
import { bulletItem, checkbox, isBoldQuestion, numberedItem } from './lineShapes'
import {
  endsAnswer,
  isStructural,
  readAnswer,
  type AnswerRead,
  type QuestionFamily
} from './readAnswer'
import { readParagraphAnswer } from './readParagraphAnswer'
import type { Doc, Line } from './scanLines'
import { brokenStatement } from './brokenStatement'
import { codeAfterEntry } from './codedSteps'
import { inlineAnswer } from './inlineAnswer'
import { buildAnswer } from './buildAnswer'

/** What a list format recognises on one line. */
export interface ListMatch {
  rest: string
  checked: boolean | null
}

/** One list item with what followed it. */
export interface ListEntry extends ListMatch {
  line: number
  answer: string | null
  links: string[]
  /** Its answer is code after a blank line, at its indentation (see `codedSteps`). */
  codeBelow: boolean
}

// `1. What is the difference between` / `   lists and tuples?`: a prompt wrapped onto an
// indented line that starts in lower case and finishes the question.
function wrappedPrompt(doc: Doc, index: number, rest: string): { rest: string; extra: number } {
  const broken = brokenStatement(doc, index, rest)
  if (broken) return broken
  const next = doc.lines[index + 1]
  const item = doc.lines[index]!
  if (
    !next ||
    next.code ||
    next.blank ||
    next.indent <= item.indent ||
    /[?.!:)*]$/.test(rest) ||
    !/^\p{Ll}/u.test(next.text) ||
    !next.text.endsWith('?')
  ) {
    return { rest, extra: 0 }
  }
  return { rest: `${rest} ${next.text}`, extra: 1 }
}

function asks(rest: string): boolean {
  return isBoldQuestion(rest) || looksLikeQuestion(rest)
}

// How far to look for the entry numbered next (an answer of SQL or prose in between).
const NEXT_NUMBER_LOOKAHEAD = 80

// `N+1.` after a blank line, at the list's indentation: the list goes on there, so whatever
// is between belongs to entry N ("3. ORDER BY - Sorting. List all films…" / SQL / "4. …").
function isNextNumber(doc: Doc, line: Line, n: number, indent: number): boolean {
  if (line.code || line.blank || Math.abs(line.indent - indent) > 1) return false
  if (!doc.lines[line.index - 1]?.blank) return false
  return numberedItem(line.text)?.n === n + 1
}

// Is the entry numbered `n + 1` ahead, past content that is not a heading or rule?
function nextNumberAhead(doc: Doc, after: number, n: number, indent: number): boolean {
  const limit = Math.min(doc.lines.length, after + NEXT_NUMBER_LOOKAHEAD)
  let content = false
  for (let j = after; j < limit; j++) {
    const line = doc.lines[j]!
    if (line.blank) continue
    if (!line.code && isStructural(line)) return false
    if (content && isNextNumber(doc, line, n, indent)) return true
    if (!line.code && numberedItem(line.text) !== null && line.indent <= indent + 1) return false
    content = true
  }
  return false
}

// A list entry at most `indent` deep that asks: the next question of a bulleted list.
function asksAsEntry(line: Line, indent: number): boolean {
  if (line.code || line.blank || line.indent > indent + 1) return false
  const item = numberedItem(line.text)?.rest ?? bulletItem(line.text)
  if (item === null) return false
  return asks(checkbox(item)?.rest ?? item)
}

/**
 * The paragraphs under a bulleted question (`- [x] What is a closure?`, blank line, prose,
 * blank line, `- [x] Formally define…`), or null. They are its answer when the next entry
 * that asks follows them; at the end of the list only when earlier entries were answered
 * the same way (`answeredSo`), so a closing paragraph after a list of bare questions stays
 * out.
 */
function bulletParagraphs(
  doc: Doc,
  after: number,
  indent: number,
  family: QuestionFamily,
  answeredSo: boolean
): AnswerRead | null {
  const ends = (l: Line): boolean => endsAnswer(l, family, indent) || asksAsEntry(l, indent)
  const read = readParagraphAnswer(doc, after, indent, ends, { listMayOpen: true, lazyStart: true })
  if (!read || read.answer === null) return null
  // A bold label line (`**Preparation tips**:`) opens a part of its own.
  const opening = doc.lines[doc.nextNonBlank[after] ?? doc.lines.length]
  if (opening && !opening.code && WHOLE_BOLD_LABEL.test(opening.text)) return null
  const following = doc.lines[doc.nextNonBlank[read.next] ?? doc.lines.length]
  if (following && asksAsEntry(following, indent)) return read
  return answeredSo && (!following || isStructural(following)) ? read : null
}

const WHOLE_BOLD_LABEL = /^(?:\*\*[^*]+\*\*|__[^_]+__)[ \t]*:?$/

/**
 * Reads consecutive items matched by `match` at the indentation of the first one (blank lines
 * between items allowed). Returns the entries and the first line after the list.
 */
export function readList(
  doc: Doc,
  index: number,
  match: (line: Line) => ListMatch | null,
  family: QuestionFamily,
  /** Take fences after a blank line as an entry's code, and read on past them. */
  codeBelow = false
): { entries: ListEntry[]; next: number } {
  const lines = doc.lines
  const base = lines[index]!.indent
  const entries: ListEntry[] = []
  let j = index
  let next = index + 1
  // Entries so far that ask (a running count keeps a 150,000-entry list linear).
  let asked = 0
  // Bulleted entries so far answered by paragraphs below them (see bulletParagraphs).
  let paragraphAnswered = 0
  for (;;) {
    const line = lines[j]
    if (!line || line.code || Math.abs(line.indent - base) > 1) break
    const m = match(line)
    if (!m) break
    const wrapped = wrappedPrompt(doc, j, m.rest)
    // `What does HTML stand for? --Hypertext Markup Language…`: the answer starts on the line.
    const inline = inlineAnswer(wrapped.rest)
    const inlineText = inline ? buildAnswer([inline.answer]) : null
    if (inline) wrapped.rest = inline.prompt
    const after = j + 1 + wrapped.extra
    let ans = readAnswer(doc, after, line.indent, family)
    const n = family === 'numbered' ? (numberedItem(line.text)?.n ?? -1) : -1
    // In a list that asks so far, an entry that does not ask ("List all films…") is answered
    // like its siblings when the list goes on with the next number after its answer.
    const entryAsks = asks(wrapped.rest)
    const inAskingList =
      n >= 0 &&
      !entryAsks &&
      entries.length > 0 &&
      asked * 2 >= entries.length &&
      nextNumberAhead(doc, after, n, line.indent)
    // A numbered question may be answered in plain paragraphs after a blank line, or go on in
    // them after the lines right below it.
    if (family === 'numbered' && (entryAsks || inAskingList)) {
      const indent = line.indent
      const ends = (l: Line): boolean =>
        endsAnswer(l, family, indent) || (n >= 0 && isNextNumber(doc, l, n, indent))
      if (ans.answer === null && ans.next === after) {
        ans = readParagraphAnswer(doc, after, indent, ends) ?? ans
      } else if (ans.answer !== null && doc.lines[ans.next]?.blank) {
        const more = readParagraphAnswer(doc, ans.next, indent, ends)
        if (more && more.answer !== null)
          ans = {
            answer: `${ans.answer}\n\n${more.answer}`,
            links: [...ans.links, ...more.links],
            next: more.next
          }
      }
    }
    // Fences after a blank line, at the entry's indentation: its code (a task's solution).
    const code =
      codeBelow && ans.answer === null && ans.next === after
        ? codeAfterEntry(doc, after, line.indent)
        : null
    if (code) ans = code
    // A bulleted question answered by plain paragraphs after a blank line, when the list goes
    // on with another question after them (or the list's earlier entries were answered so).
    if (!code && family !== 'numbered' && entryAsks && ans.answer === null && ans.next === after) {
      const more = bulletParagraphs(doc, after, line.indent, family, paragraphAnswered > 0)
      if (more) {
        ans = more
        paragraphAnswered++
      }
    }
    if (inlineText)
      ans = { ...ans, answer: ans.answer ? `${inlineText}\n\n${ans.answer}` : inlineText }
    entries.push({
      ...m,
      rest: wrapped.rest,
      line: j,
      answer: ans.answer,
      links: ans.links,
      codeBelow: code !== null
    })
    if (entryAsks) asked++
    next = Math.max(ans.next, j + 1)
    j = doc.nextNonBlank[next] ?? lines.length
  }
  return { entries, next }
}

/**
 * Turns judged list entries into item drafts: `kinds[k]` (null = not an item) and the cleaned
 * `prompts[k]` go with each entry's line, answer, checkbox and links.
 */
export function listDrafts(
  entries: readonly ListEntry[],
  prompts: readonly string[],
  kinds: ReadonlyArray<ItemKind | null | undefined>
): ItemDraft[] {
  const items: ItemDraft[] = []
  entries.forEach((entry, k) => {
    const kind = kinds[k]
    const prompt = prompts[k]!
    if (!kind || prompt === '') return
    items.push({
      kind,
      prompt,
      answer: entry.answer,
      line: entry.line,
      checked: entry.checked,
      links: extractLinks(entry.rest, [...entry.links])
    })
  })
  return items
}
