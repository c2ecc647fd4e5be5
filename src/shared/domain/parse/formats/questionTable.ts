/**
 * Markdown tables of questions:
 *   | # | Question                  | Answer                 |
 *   |---|---------------------------|------------------------|
 *   | 1 | What is a path operation? | A function bound to …  |
 * The column headed "Question" gives the prompts, an "Answer" column (if any) the answers
 * (`<br>` becomes a line break). A row whose question cell is only a number or a label
 * (`| 1 | B |`, an answer key) is not a question. Any other table is consumed whole so that
 * no row or separator turns into an item.
 */

import type { BlockFormat, ItemDraft } from '../blockFormat'
import { buildAnswer } from '../buildAnswer'
import { cleanPrompt, extractLinks } from '../cleanText'
import { isLabelOnly } from '../labels'
import type { Doc } from '../scanLines'

const SEPARATOR_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/
const QUESTION_HEADER = /^(?:#[ \t]*)?(?:interview[ \t]+)?(?:questions?|q|prompt)$/i
const ANSWER_HEADER = /^(?:short[ \t]+)?(?:answers?|a|explanation|solution)$/i

/** Cells of a table row; pipes inside inline code or escaped as `\|` stay in the cell. */
export function splitRow(text: string): string[] {
  const cells: string[] = []
  let cell = ''
  let inCode = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\\' && text[i + 1] === '|') {
      cell += '|'
      i++
    } else if (c === '`') {
      inCode = !inCode
      cell += c
    } else if (c === '|' && !inCode) {
      cells.push(cell.trim())
      cell = ''
    } else cell += c
  }
  cells.push(cell.trim())
  // The outer pipes leave an empty cell at each end.
  if (text.trimStart().startsWith('|')) cells.shift()
  if (text.trimEnd().endsWith('|') && cells.length > 0) cells.pop()
  return cells
}

function headerIndex(cells: string[], pattern: RegExp): number {
  return cells.findIndex((c) => pattern.test(cleanPrompt(c).replace(/[:.]$/, '')))
}

function isRow(doc: Doc, index: number): boolean {
  const line = doc.lines[index]
  return !!line && !line.code && !line.blank && line.text.includes('|')
}

/** Tables: question tables become items, other tables are skipped whole. */
export const questionTableFormat: BlockFormat = {
  name: 'question-table',
  read(doc, index) {
    const head = doc.lines[index]!
    const sep = doc.lines[index + 1]
    if (head.code || !head.text.includes('|') || !sep || sep.code) return null
    if (!SEPARATOR_ROW.test(sep.text) || !sep.text.includes('-')) return null
    const header = splitRow(head.text)
    let end = index + 2
    while (isRow(doc, end)) end++
    const q = headerIndex(header, QUESTION_HEADER)
    if (q < 0) return { items: [], next: end }
    const a = headerIndex(header, ANSWER_HEADER)
    const items: ItemDraft[] = []
    for (let r = index + 2; r < end; r++) {
      const cells = splitRow(doc.lines[r]!.text)
      const prompt = cleanPrompt(cells[q] ?? '')
      // `| 1 | B | GET reads |`: an answer key numbers the questions, it does not ask them.
      if (!/\p{L}/u.test(prompt) || isLabelOnly(prompt)) continue
      const cell = a >= 0 ? (cells[a] ?? '') : ''
      const answer = buildAnswer(cell.split(/<br\s*\/?>/i).map((l) => l.trim()))
      items.push({
        kind: 'question',
        prompt,
        answer,
        line: r,
        checked: null,
        links: extractLinks(doc.lines[r]!.text)
      })
    }
    return { items, next: end }
  }
}
