/**
 * Exercise collections whose parts are labelled, as plain-text exercise lists write them:
 *   Question 1            ← a numbered header (and `Level 1`): labels, never items
 *   Level 1
 *   Question:             ← the statement follows, over several lines (samples included)
 *   Write a program which …
 *   Hints:                ← a hint: the answer when there is no solution
 *   Consider use range()
 *   Solution:             ← the answer, unfenced code welcome, up to the next rule or header
 *   l=[]
 *   #----------------------------------------#
 * Labels in other languages count too (`Задача:`, `问题：`, `Решение:`, `答案：`).
 */

import type { BlockFormat, BlockResult } from '../blockFormat'
import { buildAnswer } from '../buildAnswer'
import { cleanPrompt, extractLinks } from '../cleanText'
import { labelOf, labelledLine, type LabelRole } from '../labels'
import { isStructural } from '../readAnswer'
import { hasQuestionMark } from '../interrogatives'
import { bulletItem } from '../lineShapes'
import { isOptionLine } from '../optionStem'
import type { Doc, Line } from '../scanLines'

// How far below a header its statement or its parts may start.
const LOOKAHEAD = 6

/** The role of a line that labels a part (alone, or with text after the label). */
interface PartLabel {
  role: LabelRole
  rest: string
  word: string
}

function partRole(line: Line): PartLabel | null {
  if (line.code || line.blank) return null
  const only = labelOf(line.text)
  if (only) return { role: only.role, rest: '', word: only.word }
  const labelled = labelledLine(line.text)
  return labelled && labelled.role !== 'part' && labelled.role !== 'example' ? labelled : null
}

function isHeader(line: Line): boolean {
  const label = line.code ? null : labelOf(line.text)
  return !!label && label.role === 'question' && label.numbered
}

/** A line that ends an exercise: a rule, a heading, or the next exercise's header. */
function endsExercise(line: Line): boolean {
  if (line.code || line.blank) return false
  if (isStructural(line) || isHeader(line)) return true
  const part = partRole(line)
  return part !== null && part.role === 'question'
}

// `A:`/`Answer:` pairs are the question-prefix format's; an exercise has a solution or hints.
const PLAIN_ANSWER = new Set(['a', 'ans', 'answer', 'answers'])

// Exercise parts (Solution, Hints, Explanation) somewhere before the exercise ends.
function hasParts(doc: Doc, from: number): boolean {
  for (let j = from; j < doc.lines.length; j++) {
    const line = doc.lines[j]!
    if (endsExercise(line)) return false
    const part = partRole(line)
    if (part && part.role === 'hint') return true
    if (part && part.role === 'answer') return !PLAIN_ANSWER.has(part.word)
  }
  return false
}

const DISCLOSURE_TAG = /^<\/?(?:details|summary)\b[^>]*>(?:[^<]{0,80}<\/summary>)?[ \t]*$/i

interface Part {
  role: LabelRole
  lines: string[]
}

/** Reads the statement and the labelled parts from `start` to the end of the exercise. */
function readParts(
  doc: Doc,
  start: number,
  inline: string
): { statement: string[]; at: number[]; parts: Part[]; end: number; last: number } {
  const lines = doc.lines
  const statement: string[] = inline ? [inline] : []
  // The line each statement entry came from (-1 for the text after an inline label).
  const at: number[] = inline ? [-1] : []
  const parts: Part[] = []
  let current: Part | null = null
  let j = start
  let last = start - 1
  for (; j < lines.length; j++) {
    const line = lines[j]!
    if (endsExercise(line)) break
    const part: PartLabel | null = partRole(line)
    // `Ответы:` / `Answers:` over numbered choices names the choices, not the answer.
    if (part && part.role === 'answer' && part.rest === '' && !current && optionsBelow(doc, j)) {
      continue
    }
    if (part && (part.role === 'answer' || part.role === 'hint')) {
      current = { role: part.role, lines: part.rest ? [part.rest] : [] }
      parts.push(current)
      last = j
      continue
    }
    // `<details><summary>Show solution</summary>` around the parts is markup, not text.
    if (!line.code && DISCLOSURE_TAG.test(line.text)) continue
    if (current) current.lines.push(line.raw)
    else if (!line.blank) {
      statement.push(line.text)
      at.push(j)
    }
    if (!line.blank) last = j
  }
  return { statement, at, parts, end: j, last }
}

/** True when the two lines after `k` (blank lines aside) are choices (`1. …`, `b) …`). */
function optionsBelow(doc: Doc, k: number): boolean {
  let seen = 0
  for (let j = k + 1; j < doc.lines.length && seen < 2; j++) {
    const line = doc.lines[j]!
    if (line.blank) continue
    if (line.code || !isOptionLine(line.text) || bulletItem(line.text) !== null) return false
    seen++
  }
  return seen === 2
}

/**
 * A statement with no labelled answer, read as a quiz question: the text up to the line that
 * asks is the prompt; the material and the choices after it are its detail; a line after the
 * last choice (`Выбран 2 ответ.`, `Correct: 3`) is the answer. Null when it has no such shape.
 */
function splitQuizStatement(
  doc: Doc,
  statement: readonly string[],
  at: readonly number[]
): { prompt: string[]; detail: string[]; answer: string[] } | null {
  const isChoice = (k: number): boolean =>
    at[k]! >= 0 && isOptionLine(statement[k]!) && bulletItem(statement[k]!) === null
  const firstChoice = statement.findIndex(
    (_, k) => isChoice(k) && k + 1 < statement.length && isChoice(k + 1)
  )
  if (firstChoice < 1) return null
  let asking = -1
  for (let k = 0; k < firstChoice; k++) if (hasQuestionMark(statement[k]!)) asking = k
  if (asking < 0) return null
  let lastChoice = firstChoice
  while (lastChoice + 1 < statement.length && isChoice(lastChoice + 1)) lastChoice++
  const raw = (from: number, to: number): string[] =>
    at.slice(from, to).map((j) => (j >= 0 ? doc.lines[j]!.raw : ''))
  // The prompt is the opening paragraph and the one that asks; what lies between (a table's
  // DDL, the query asked about) is material, shown with the choices.
  const paragraphStart = (k: number): number => {
    while (k > 0 && at[k - 1]! >= 0 && at[k]! - at[k - 1]! === 1) k--
    return k
  }
  let opening = 0
  while (opening + 1 <= asking && at[opening + 1]! - at[opening]! === 1) opening++
  const asks = Math.max(opening + 1, paragraphStart(asking))
  return {
    prompt: [...statement.slice(0, opening + 1), ...statement.slice(asks, asking + 1)],
    detail: [...raw(opening + 1, asks), ...raw(asking + 1, lastChoice + 1)],
    answer: raw(lastChoice + 1, statement.length)
  }
}

function toResult(doc: Doc, promptLine: number, start: number, inline: string): BlockResult {
  const { statement, at, parts, last } = readParts(doc, start, inline)
  const next = Math.max(last + 1, promptLine + 1)
  const quiz = parts.length === 0 ? splitQuizStatement(doc, statement, at) : null
  const prompt = cleanPrompt((quiz?.prompt ?? statement).join(' '))
  if (prompt === '') return { items: [], next }
  if (quiz) {
    const detail = quiz.detail.join('\n').trim()
    return {
      items: [
        {
          kind: 'question',
          prompt,
          answer: buildAnswer(quiz.answer),
          line: promptLine,
          checked: null,
          links: extractLinks(quiz.answer.join('\n')),
          ...(detail !== '' ? { detail } : {})
        }
      ],
      next
    }
  }
  // The solution is the reference answer; hints stand in only when there is none.
  const answers = parts.filter((p) => p.role === 'answer')
  const chosen = answers.length > 0 ? answers : parts
  const raw = chosen.flatMap((p, k) => (k > 0 ? ['', ...p.lines] : p.lines))
  return {
    items: [
      {
        kind: 'question',
        prompt,
        answer: buildAnswer(raw),
        line: promptLine,
        checked: null,
        links: extractLinks(raw.join('\n'))
      }
    ],
    next
  }
}

/** Labelled exercises: `Question N` headers, `Question:` statements, `Hints:`, `Solution:`. */
export const labelledExerciseFormat: BlockFormat = {
  name: 'labelled-exercise',
  read(doc, index) {
    const line = doc.lines[index]!
    if (line.code || line.blank || line.heading) return null
    const label = labelOf(line.text)
    if (label && label.role === 'question') {
      let j = doc.nextNonBlank[index + 1] ?? doc.lines.length
      // Under a header, skip its other labels (`Level 1`) down to the statement.
      for (let steps = 0; steps < LOOKAHEAD && j < doc.lines.length; steps++) {
        const below = doc.lines[j]!
        const part = below.code ? null : labelOf(below.text)
        if (!part || part.role === 'answer' || part.role === 'hint') break
        if (part.role === 'question' && part.numbered) break
        j = doc.nextNonBlank[j + 1] ?? doc.lines.length
        if (part.role === 'question') break
      }
      const first = doc.lines[j]
      if (!first || endsExercise(first) || partRole(first) !== null) {
        return { items: [], next: Math.max(index + 1, j) }
      }
      return toResult(doc, j, j, '')
    }
    const labelled = labelledLine(line.text)
    if (!labelled || labelled.role !== 'question' || !hasParts(doc, index + 1)) return null
    return toResult(doc, index, index + 1, labelled.rest)
  }
}
