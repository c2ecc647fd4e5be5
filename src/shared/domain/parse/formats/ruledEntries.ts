/**
 * Entries between rules: `***` (or `---`), then one bullet that names the entry (`* Декораторы`,
 * `* Что такое '*args'?`, `* PEP8 - соглашение о …`), then its explanation in plain paragraphs,
 * numbered lists and code, up to the next rule. The rules delimit the entries, so the whole
 * block is the answer, whatever it holds; a lone `Term - definition` bullet is its own answer.
 *
 * Judged by the document: at least `MIN_ENTRIES` such blocks (a rule above the bullet, no other
 * top-level bullet before the next rule or heading), else the bullets are ordinary lists.
 */

import type { BlockFormat, BlockResult } from '../blockFormat'
import { buildAnswer } from '../buildAnswer'
import { looksLikeQuestion } from '../classifyText'
import { extractLinks } from '../cleanText'
import { bulletItem, checkbox, isSeparator } from '../lineShapes'
import { listPrompt } from '../listPrompt'
import { isStructural } from '../readAnswer'
import type { Doc } from '../scanLines'
import { termDefinition } from '../termDefinition'

const MIN_ENTRIES = 3

// Lead line of each entry → the line after its block.
const memo = new WeakMap<Doc, Map<number, number>>()

function leadText(doc: Doc, index: number): string | null {
  const line = doc.lines[index]!
  if (line.code || line.indent > 0) return null
  const rest = bulletItem(line.text)
  return rest !== null && !checkbox(rest) ? rest : null
}

// The block of the entry led by line `lead`: up to the next rule or heading; -1 when another
// top-level bullet comes first (a list, not an entry).
function blockEnd(doc: Doc, lead: number): number {
  for (let j = lead + 1; j < doc.lines.length; j++) {
    const line = doc.lines[j]!
    if (line.blank || line.code || line.inert) continue
    if (isStructural(line)) return j
    if (leadText(doc, j) !== null) return -1
  }
  return doc.lines.length
}

function findEntries(doc: Doc): Map<number, number> {
  const entries = new Map<number, number>()
  let afterRule = false
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i]!
    if (line.blank || line.inert) continue
    if (!line.code && !line.underline && isSeparator(line.text)) {
      afterRule = true
      continue
    }
    if (afterRule && leadText(doc, i) !== null) {
      const end = blockEnd(doc, i)
      if (end > i) {
        entries.set(i, end)
        // Lines inside the block cannot lead an entry; carry on from its end.
        i = end - 1
      }
    }
    afterRule = false
  }
  return entries.size >= MIN_ENTRIES ? entries : new Map()
}

function entriesOf(doc: Doc): Map<number, number> {
  let entries = memo.get(doc)
  if (!entries) {
    entries = findEntries(doc)
    memo.set(doc, entries)
  }
  return entries
}

/** Reads the ruled entry led by line `index`; null when no entry starts there. */
export function readRuledEntry(doc: Doc, index: number): BlockResult | null {
  const end = entriesOf(doc).get(index)
  if (end === undefined) return null
  const lead = leadText(doc, index)!
  let prompt = listPrompt(lead).replace(/[ \t]*[:：]$/, '')
  if (prompt === '') return null
  const raw: string[] = []
  for (let j = index + 1; j < end; j++) if (!doc.lines[j]!.inert) raw.push(doc.lines[j]!.raw)
  let answer = buildAnswer(raw)
  const term = answer === null ? termDefinition(prompt) : null
  if (term) {
    prompt = term.term
    answer = term.definition
  }
  const asks = looksLikeQuestion(prompt)
  return {
    items: [
      {
        kind: asks ? 'question' : 'topic',
        prompt,
        answer,
        line: index,
        checked: null,
        links: extractLinks(lead + '\n' + raw.join('\n'))
      }
    ],
    next: end
  }
}

/** Rule-delimited entries, each led by one bullet. */
export const ruledEntriesFormat: BlockFormat = {
  name: 'ruled-entries',
  read: (doc, index) => readRuledEntry(doc, index)
}
