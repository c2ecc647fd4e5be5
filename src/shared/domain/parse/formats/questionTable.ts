/**
 * Markdown tables of questions:
 *   | # | Question                  | Answer                 |
 *   |---|---------------------------|------------------------|
 *   | 1 | What is a path operation? | A function bound to …  |
 * The column headed "Question" gives the prompts, an "Answer" column (if any) the answers
 * (`<br>` becomes a line break); see `tableHeaders` for the names and for headerless
 * two-column tables. A row whose question cell is only a number or a label
 * (`| 1 | B |`, an answer key) is not a question. Any other table is consumed whole so that
 * no row or separator turns into an item.
 */

import type { BlockFormat, BlockResult, ItemDraft } from '../blockFormat'
import { buildAnswer } from '../buildAnswer'
import { looksLikeQuestion } from '../classifyText'
import { cleanPrompt, extractLinks } from '../cleanText'
import { isLabelOnly } from '../labels'
import type { Doc } from '../scanLines'
import { questionColumns } from '../tableHeaders'

const SEPARATOR_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/

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

function isRow(doc: Doc, index: number): boolean {
  const line = doc.lines[index]
  return !!line && !line.code && !line.blank && line.text.includes('|')
}

/** Tables: question tables become items, other tables are skipped whole. */
export const questionTableFormat: BlockFormat = {
  name: 'question-table',
  read: (doc, index) => readTable(doc, index, false)
}

/**
 * Glossary tables (`| Term | Definition |`, see `tableHeaders`): their rows are topics. Read
 * only for a document nothing else gave items (a summary that is one such table): under a
 * heading, the same table is that heading's content rather than a list of items.
 */
export const glossaryTableFormat: BlockFormat = {
  name: 'glossary-table',
  read: (doc, index) => readTable(doc, index, true)
}

function readTable(doc: Doc, index: number, glossary: boolean): BlockResult | null {
  const head = doc.lines[index]!
  if (head.code || !head.text.includes('|')) return null
  // A table pasted with a blank line after every row (each row a paragraph of its own).
  const spaced = doc.lines[index + 1]?.blank === true
  const sepIndex = spaced ? index + 2 : index + 1
  const sep = doc.lines[sepIndex]
  if (!sep || sep.code || !SEPARATOR_ROW.test(sep.text) || !sep.text.includes('-')) return null
  const header = splitRow(head.text)
  const rowLines: number[] = []
  let end = sepIndex + 1
  for (;;) {
    const at = spaced && doc.lines[end]?.blank ? end + 1 : end
    if (!isRow(doc, at)) break
    rowLines.push(at)
    end = at + 1
  }
  const rows = rowLines.map((r) => splitRow(doc.lines[r]!.text))
  const { question: q, answer: a, terms } = questionColumns(header, rows)
  if (q < 0 || (terms === true) !== glossary) return { items: [], next: end }
  const items: ItemDraft[] = []
  rowLines.forEach((r, n) => {
    const cells = rows[n]!
    const prompt = cleanPrompt(cells[q] ?? '')
    // `| 1 | B | GET reads |`: an answer key numbers the questions, it does not ask them.
    if (!/\p{L}/u.test(prompt) || isLabelOnly(prompt)) return
    const cell = a >= 0 ? (cells[a] ?? '') : ''
    const answer = buildAnswer(cell.split(/<br\s*\/?>/i).map((l) => l.trim()))
    items.push({
      kind: glossary && !looksLikeQuestion(prompt) ? 'topic' : 'question',
      prompt,
      answer,
      line: r,
      checked: null,
      links: extractLinks(doc.lines[r]!.text)
    })
  })
  return { items, next: end }
}
