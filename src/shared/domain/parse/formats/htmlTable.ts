/**
 * Raw HTML tables of questions, as written in Markdown files:
 *   <table>
 *     <tr><th>Question</th><th>Answer</th></tr>
 *     <tr><td>What does CLI stand for?</td><td>Command Line Interface</td></tr>
 *   </table>
 * The table (from a line starting `<table` to the line holding `</table>`) is parsed with
 * rehype-parse, so cells that wrap across lines, attributes and entities are read as a browser
 * would. Columns are chosen as for pipe tables (`tableHeaders`); each row is one item, at the
 * line its question cell starts on. Any other table is consumed whole, so no cell becomes an
 * item on its own.
 */

import type { Element, ElementContent, Root } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import type { BlockFormat, ItemDraft } from '../blockFormat'
import { buildAnswer } from '../buildAnswer'
import { cleanPrompt, extractLinks } from '../cleanText'
import { isLabelOnly } from '../labels'
import type { Doc } from '../scanLines'
import { isQuestionHeader, questionColumns } from '../tableHeaders'

const TABLE_OPEN = /^<table(?:[\s>]|$)/i
const TABLE_CLOSE = /<\/table\s*>/i

const parser = unified().use(rehypeParse, { fragment: true })

// `closeAt[i]`: first line at or after i holding `</table>` (-1 if none); one pass per document,
// so a file of unclosed `<table>` lines stays linear.
const closes = new WeakMap<Doc, Int32Array>()

function tableClose(doc: Doc, index: number): number {
  let closeAt = closes.get(doc)
  if (!closeAt) {
    closeAt = new Int32Array(doc.lines.length + 1).fill(-1)
    for (let i = doc.lines.length - 1; i >= 0; i--) {
      const line = doc.lines[i]!
      closeAt[i] = !line.code && TABLE_CLOSE.test(line.text) ? i : closeAt[i + 1]!
    }
    closes.set(doc, closeAt)
  }
  return closeAt[index]!
}

function isElement(node: ElementContent | Root, name?: string): node is Element {
  return node.type === 'element' && (name === undefined || node.tagName === name)
}

/** The `<tr>` elements of the first table in the fragment, header rows first as written. */
function tableRows(root: Root): { rows: Element[]; headRows: number } {
  const rows: Element[] = []
  let headRows = 0
  const visit = (node: Element, inHead: boolean): void => {
    for (const child of node.children) {
      if (!isElement(child)) continue
      if (child.tagName === 'tr') {
        rows.push(child)
        if (inHead) headRows++
      } else if (
        child.tagName === 'thead' ||
        child.tagName === 'tbody' ||
        child.tagName === 'tfoot'
      )
        visit(child, child.tagName === 'thead')
    }
  }
  const table = root.children.find(
    (n): n is Element => n.type === 'element' && n.tagName === 'table'
  )
  if (table) visit(table, false)
  return { rows, headRows }
}

function cells(row: Element): Element[] {
  return row.children.filter(
    (c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th')
  )
}

const BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr'])

/** A cell's text as Markdown lines: `<br>` and blocks break lines, `<pre>` becomes a fence. */
function cellLines(cell: Element): string[] {
  const lines: string[] = []
  let current = ''
  const breakLine = (): void => {
    if (current.trim() !== '') lines.push(current.replace(/\s+/g, ' ').trim())
    current = ''
  }
  const walk = (node: ElementContent): void => {
    if (node.type === 'text') current += node.value
    else if (node.type !== 'element') return
    else if (node.tagName === 'br') breakLine()
    else if (node.tagName === 'pre') {
      breakLine()
      lines.push('```')
      for (const codeLine of preText(node).replace(/\n$/, '').split('\n')) lines.push(codeLine)
      lines.push('```')
    } else if (node.tagName === 'code') current += `\`${preText(node)}\``
    else {
      const block = BLOCKS.has(node.tagName)
      if (block) breakLine()
      if (node.tagName === 'li') current += '- '
      for (const child of node.children) walk(child)
      if (block) breakLine()
    }
  }
  for (const child of cell.children) walk(child)
  breakLine()
  return lines
}

function preText(node: Element): string {
  let text = ''
  const walk = (n: ElementContent): void => {
    if (n.type === 'text') text += n.value
    else if (n.type === 'element') for (const child of n.children) walk(child)
  }
  for (const child of node.children) walk(child)
  return text
}

// The header is the `<thead>`, a first row of `<th>` cells, or a first row naming a question
// column in plain `<td>` cells; -1 when there is none.
function headerRow(rows: Element[], headRows: number, grid: string[][]): number {
  if (headRows > 0) return headRows - 1
  const first = rows[0]
  if (!first) return -1
  if (cells(first).every((c) => c.tagName === 'th')) return 0
  return grid[0]!.some(isQuestionHeader) ? 0 : -1
}

/** HTML tables: question tables become items, other tables are skipped whole. */
export const htmlTableFormat: BlockFormat = {
  name: 'html-table',
  read(doc, index) {
    const first = doc.lines[index]!
    if (first.code || !TABLE_OPEN.test(first.text)) return null
    const close = tableClose(doc, index)
    if (close < 0) return null
    const html = doc.lines
      .slice(index, close + 1)
      .map((l) => l.raw)
      .join('\n')
    const { rows, headRows } = tableRows(parser.parse(html))
    const grid = rows.map((row) => cells(row).map((cell) => cellLines(cell).join(' ')))
    const headerAt = headerRow(rows, headRows, grid)
    const body = rows.slice(headerAt + 1)
    const { question, answer } = questionColumns(
      headerAt >= 0 ? grid[headerAt]! : null,
      grid.slice(headerAt + 1)
    )
    const items: ItemDraft[] = []
    if (question >= 0) {
      for (const row of body) {
        const rowCells = cells(row)
        const cell = rowCells[question]
        if (!cell) continue
        const prompt = cleanPrompt(cellLines(cell).join(' '))
        if (!/\p{L}/u.test(prompt) || isLabelOnly(prompt)) continue
        const answerCell = answer >= 0 ? rowCells[answer] : undefined
        const line = index + (cell.position?.start.line ?? row.position?.start.line ?? 1) - 1
        items.push({
          kind: 'question',
          prompt,
          answer: answerCell ? buildAnswer(cellLines(answerCell)) : null,
          line,
          checked: null,
          links: extractLinks(doc.lines[line]?.text ?? '')
        })
      }
    }
    return { items, next: close + 1 }
  }
}
