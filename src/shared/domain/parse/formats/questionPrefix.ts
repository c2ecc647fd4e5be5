/**
 * `Q. question` / `Q: question` lines with `Ans- …` / `A: …` answers (tab-indented lines under
 * an answer continue it). Also takes a typo'd marker (`R. Model in django?`) when `Q.` lines
 * surround it, and a parenthesised note after the `?` (`Model in django?( Model is table)`) as
 * the answer when there is no other.
 */

import type { BlockFormat } from '../blockFormat'
import { looksLikeQuestion } from '../classifyText'
import { cleanPrompt, extractLinks } from '../cleanText'
import { buildAnswer } from '../buildAnswer'
import { answerMarker, isSeparator, questionPrefix } from '../lineShapes'
import { endsAnswer, isStructural, readAnswer, type AnswerRead } from '../readAnswer'
import { readParagraphAnswer } from '../readParagraphAnswer'
import type { Doc, Line } from '../scanLines'

const TYPO_PREFIX = /^([B-Z])\.[ \t]*(\S.*)$/
const NOTE_AFTER_QUESTION = /^(.*\?)[ \t]*\(([^()]+)\)$/

function isQuestionLine(doc: Doc, index: number): boolean {
  const line = doc.lines[index]
  return !!line && !line.code && questionPrefix(line.text) !== null
}

// A single capital other than A (an answer label) standing in for Q, among Q lines.
function typoPrefix(doc: Doc, index: number): string | null {
  const m = TYPO_PREFIX.exec(doc.lines[index]!.text)
  if (!m || !m[2] || !looksLikeQuestion(m[2])) return null
  const after = doc.nextNonBlank[index + 1] ?? doc.lines.length
  const before = doc.lines[index - 1]?.blank ? index - 2 : index - 1
  return isQuestionLine(doc, before) || isQuestionLine(doc, after) ? m[2] : null
}

/**
 * A `Q.` line's answer may go on in paragraphs after a blank line (or start only there): the
 * next `Q.` line is what ends it, so later paragraphs, tables and fences are still this answer.
 */
function continueAnswer(doc: Doc, read: AnswerRead, indent: number): AnswerRead {
  const ends = (l: Line) => endsAnswer(l, 'prefix', indent)
  // Only the next `Q.` line ends it: a numbered list after the question is its answer.
  const more = readParagraphAnswer(doc, read.next, indent, ends, { listMayOpen: true })
  if (!more) return read
  const answer = read.answer === null ? more.answer : `${read.answer}\n\n${more.answer ?? ''}`
  return { answer, links: [...read.links, ...more.links], next: more.next }
}

// How far below its `Q:` line a question's `A:` label may come (its material in between).
const ANSWER_LOOKAHEAD = 40

/**
 * `Q: How are dict and set implemented? How much memory` / `do they consume?` / `A: …`, or a
 * `Q:` line, a code snippet, then `A: …`: the question runs to its answer label. The lines
 * right under the `Q:` line (no blank, no code between) finish its prompt; the rest until the
 * label is its material. Null when no label comes first (the usual reading applies).
 */
function questionBeforeLabel(
  doc: Doc,
  index: number
): { more: string[]; material: string[]; label: number } | null {
  const lines = doc.lines
  const limit = Math.min(lines.length, index + 1 + ANSWER_LOOKAHEAD)
  const more: string[] = []
  const material: string[] = []
  let wrapping = true
  for (let j = index + 1; j < limit; j++) {
    const line = lines[j]!
    if (!line.code && !line.blank) {
      // A bare `**Answer:**` line after material heads paragraphs of its own, read the usual
      // way; after a wrapped prompt, or with its text (`A: Yes, because…`), it ends this one.
      const marker = answerMarker(line.text)
      if (marker !== null)
        return j > index + 1 && (marker !== '' || material.length === 0)
          ? { more, material, label: j }
          : null
      if (isQuestionLine(doc, j) || isStructural(line)) return null
    }
    if (line.blank || line.code) wrapping = false
    if (wrapping) more.push(line.text)
    else material.push(line.raw)
  }
  return null
}

/**
 * 1 when the question is boxed in a banner, a rule right above and right below it
 * (`-----` / `-- 🧪 Q1: …` / `-----`): the rule below closes the box, the answer comes after.
 */
function bannerClose(doc: Doc, index: number): number {
  const above = doc.lines[index - 1]
  const below = doc.lines[index + 1]
  const rule = (l: Line | undefined): boolean => !!l && !l.code && isSeparator(l.text)
  return rule(above) && rule(below) ? 1 : 0
}

/** `Q.`-style questions, one at a time. */
export const questionPrefixFormat: BlockFormat = {
  name: 'question-prefix',
  read(doc, index) {
    const line = doc.lines[index]!
    if (line.code) return null
    const rest = questionPrefix(line.text) ?? typoPrefix(doc, index)
    if (rest === null) return null
    const before = questionBeforeLabel(doc, index)
    let prompt = cleanPrompt([rest, ...(before?.more ?? [])].join(' '))
    const start = before ? before.label : index + 1 + bannerClose(doc, index)
    const read = continueAnswer(doc, readAnswer(doc, start, line.indent, 'prefix'), line.indent)
    const detail = before ? buildAnswer(before.material) : null
    let answer = read.answer
    if (answer === null) {
      const note = NOTE_AFTER_QUESTION.exec(prompt)
      if (note && note[1] && note[2] && note[2].trim() !== '') {
        prompt = note[1].trim()
        answer = note[2].trim()
      }
    }
    if (prompt === '') return { items: [], next: read.next }
    return {
      items: [
        {
          kind: 'question',
          prompt,
          answer,
          line: index,
          checked: null,
          links: extractLinks(rest, [...read.links]),
          ...(detail !== null ? { detail } : {})
        }
      ],
      next: read.next
    }
  }
}
