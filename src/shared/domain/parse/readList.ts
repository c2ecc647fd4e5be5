/**
 * Reads a run of list items (numbered, bulleted or checklist) with each item's answer, so a
 * format can judge the list as a whole ("mostly questions" → all questions) before emitting.
 */

import type { ItemDraft } from './blockFormat'
import { extractLinks } from './cleanText'
import type { ItemKind } from '../types'
import { looksLikeQuestion } from './classifyText'
import { isBoldQuestion } from './lineShapes'
import { endsAnswer, readAnswer, type QuestionFamily } from './readAnswer'
import { readParagraphAnswer } from './readParagraphAnswer'
import type { Doc, Line } from './scanLines'

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
}

// `1. What is the difference between` / `   lists and tuples?`: a prompt wrapped onto an
// indented line that starts in lower case and finishes the question.
function wrappedPrompt(doc: Doc, index: number, rest: string): { rest: string; extra: number } {
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

/**
 * Reads consecutive items matched by `match` at the indentation of the first one (blank lines
 * between items allowed). Returns the entries and the first line after the list.
 */
export function readList(
  doc: Doc,
  index: number,
  match: (line: Line) => ListMatch | null,
  family: QuestionFamily
): { entries: ListEntry[]; next: number } {
  const lines = doc.lines
  const base = lines[index]!.indent
  const entries: ListEntry[] = []
  let j = index
  let next = index + 1
  for (;;) {
    const line = lines[j]
    if (!line || line.code || Math.abs(line.indent - base) > 1) break
    const m = match(line)
    if (!m) break
    const wrapped = wrappedPrompt(doc, j, m.rest)
    const after = j + 1 + wrapped.extra
    let ans = readAnswer(doc, after, line.indent, family)
    // A numbered question may be answered in plain paragraphs after a blank line, or go on in
    // them after the lines right below it.
    if (family === 'numbered' && asks(wrapped.rest)) {
      const indent = line.indent
      const ends = (l: Line): boolean => endsAnswer(l, family, indent)
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
    entries.push({ ...m, rest: wrapped.rest, line: j, answer: ans.answer, links: ans.links })
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
