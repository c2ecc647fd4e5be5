/**
 * Tasks kept apart by rules, each a statement paragraph and the code it comes with:
 *
 *   <hr />                                    ← or `---`, `***`
 *   Write a function that returns `true`      ← the statement, however many lines it wraps
 *   when the word is a palindrome:              (bullet lines under it are its conditions)
 *
 *   ```js
 *   isPalindrome('level') // true             ← its code (a stub, sample data, or a solution)
 *   ```
 *   <hr />
 *
 * A README of coding tasks is written this way. When most statements between the rules ask
 * (a question, or a task verb), the sheet is a task list and every statement is a question,
 * like a list that is mostly questions ("Odd numbers must be sorted, even ones stay put:").
 * When the statements introduce their code with a colon, many asking about it ("What does
 * this print?:"), the code is each task's own material (its detail), not a solution.
 */

import type { BlockFormat, ItemDraft } from '../blockFormat'
import { looksLikeQuestion } from '../classifyText'
import { cleanPrompt, extractLinks } from '../cleanText'
import { buildAnswer } from '../buildAnswer'
import { bulletItem, isSeparator, numberedItem } from '../lineShapes'
import { asksAboutCodeBelow } from '../questionDetail'
import { isStructural } from '../readAnswer'
import type { Doc, Line } from '../scanLines'

interface Entry {
  prompt: string
  /** Line of the statement's first line. */
  line: number
  codeStart: number
  /** First line after the entry's code. */
  codeEnd: number
}

// A sheet needs a few of them, not one paragraph that happens to sit between two rules.
const MIN_ENTRIES = 3
// A statement is a paragraph, not a page of prose.
const MAX_STATEMENT_LINES = 8

function isRule(line: Line | undefined): boolean {
  return !!line && !line.code && !line.underline && isSeparator(line.text)
}

// The statement's first line is plain text: no heading, list item, quote, table or tag.
function opensStatement(line: Line | undefined): boolean {
  if (!line || line.blank || line.code || line.inert || isStructural(line)) return false
  if (bulletItem(line.text) !== null || numberedItem(line.text) !== null) return false
  return !/^[|>]|^<[a-z/!]/i.test(line.text)
}

// The entry that follows the rule on line `rule`, if it has the shape: statement, fences, rule.
function entryAfter(doc: Doc, rule: number): Entry | null {
  const lines = doc.lines
  const n = lines.length
  const start = doc.nextNonBlank[rule + 1] ?? n
  if (!opensStatement(lines[start])) return null
  const parts: string[] = []
  let j = start
  for (; j < n && !lines[j]!.blank && !lines[j]!.code && !isStructural(lines[j]!); j++) {
    if (parts.length === MAX_STATEMENT_LINES) return null
    const text = lines[j]!.text
    parts.push(bulletItem(text) ?? text)
  }
  const codeStart = doc.nextNonBlank[j] ?? n
  let k = codeStart
  // One or more fences, blank lines between them.
  while (lines[k]?.fence === 'open') {
    k++
    while (k < n && lines[k]!.code && lines[k - 1]!.fence !== 'close') k++
    k = doc.nextNonBlank[k] ?? n
  }
  if (k === codeStart || (k < n && !isRule(lines[k]))) return null
  return { prompt: cleanPrompt(parts.join(' ')), line: start, codeStart, codeEnd: k }
}

// Every rule-separated entry of the document, found once: a scan from each rule stops at the
// next rule at the latest, so the whole pass is linear.
function sheetEntries(doc: Doc): Sheet {
  const entries = new Map<number, Entry>()
  let asking = 0
  let colons = 0
  let asksAboutCode = 0
  for (let i = 0; i < doc.lines.length; i++) {
    if (!isRule(doc.lines[i])) continue
    const entry = entryAfter(doc, i)
    if (!entry) continue
    entries.set(entry.line, entry)
    if (looksLikeQuestion(entry.prompt)) asking++
    if (/[:：]$/.test(entry.prompt)) colons++
    if (asksAboutCodeBelow(entry.prompt)) asksAboutCode++
  }
  if (entries.size < MIN_ENTRIES || asking * 2 < entries.size) return NO_SHEET
  // Colons introducing the code, many asking about it ("What does this print?:"): tasks about
  // code. A cheat sheet's "How to reverse a list:" + code keeps its code as the answer.
  const codeIsMaterial = colons * 2 > entries.size && asksAboutCode * 3 >= entries.size
  return { entries, codeIsMaterial }
}

interface Sheet {
  entries: Map<number, Entry>
  /** The code is the tasks' own (stubs, samples, code asked about), not their solutions. */
  codeIsMaterial: boolean
}

const NO_SHEET: Sheet = { entries: new Map(), codeIsMaterial: false }
const memo = new WeakMap<Doc, Sheet>()

function sheetOf(doc: Doc): Sheet {
  let sheet = memo.get(doc)
  if (!sheet) {
    sheet = sheetEntries(doc)
    memo.set(doc, sheet)
  }
  return sheet
}

/** Rule-separated task statements with their code. */
export const separatedTasksFormat: BlockFormat = {
  name: 'separated-tasks',
  read(doc, index) {
    const sheet = sheetOf(doc)
    const entry = sheet.entries.get(index)
    if (!entry || entry.prompt === '') return null
    const code = buildAnswer(doc.lines.slice(entry.codeStart, entry.codeEnd).map((l) => l.raw))
    // The sheet's way with code holds for a statement worded otherwise ("…, при этом:" + bullets).
    const draft: ItemDraft = {
      kind: 'question',
      prompt: entry.prompt,
      answer: sheet.codeIsMaterial ? null : code,
      ...(sheet.codeIsMaterial && code !== null ? { detail: code } : {}),
      line: entry.line,
      checked: null,
      links: extractLinks(entry.prompt)
    }
    return { items: [draft], next: entry.codeEnd }
  }
}
