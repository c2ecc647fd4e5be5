/**
 * Reads a run of list items (numbered, bulleted or checklist) with each item's answer, so a
 * format can judge the list as a whole ("mostly questions" → all questions) before emitting.
 */

import { readAnswer, type QuestionFamily } from './readAnswer'
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
    const ans = readAnswer(doc, j + 1, line.indent, family)
    entries.push({ ...m, line: j, answer: ans.answer, links: ans.links })
    next = Math.max(ans.next, j + 1)
    j = doc.nextNonBlank[next] ?? lines.length
  }
  return { entries, next }
}
