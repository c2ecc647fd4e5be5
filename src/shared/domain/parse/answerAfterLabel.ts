/**
 * A question's body that shows material first and labels its answer further down:
 *   👉 Explique essa consulta:          ← the question
 *   SELECT * FROM fornecedores;         ← material (code, hints, a follow-up)
 *   O que cada parte faz?
 *   R:                                  ← a line that is only an answer label
 *   Está sendo criado uma query…        ← the answer
 * The material is part of the question (its detail), the answer what follows the label. An
 * explaining label (`Explanation:`) does not split: what comes before it is a quiz's answer;
 * nor does a body that already explains (a long sentence, a labelled first line): its labels
 * open parts of the answer.
 */

import { hasQuestionMark } from './interrogatives'
import { isExplanationWord, labelledLine, labelOf } from './labels'

const FENCE = /^[ \t]*(?:`{3,}|~{3,})/
// A question's material line: a hint in parentheses, a follow-up that asks, a line of code or
// a few words; a longer statement is already answering. One of them must ask or hint, or the
// short lines and code may as well be the answer's start (`Use to_thread():`, code, `Solução:`).
const MAX_MATERIAL_WORDS = 8

function asksOrHints(text: string): boolean {
  return /^\(.*\)$/.test(text) || hasQuestionMark(text)
}

function isMaterial(line: string): boolean {
  const text = line.trim()
  return asksOrHints(text) || text.split(/\s+/).length <= MAX_MATERIAL_WORDS
}

/** The body split at its answer label, or null when no such label follows asking material. */
export function answerAfterLabel(body: string): { detail: string; answer: string } | null {
  const lines = body.split('\n')
  let fenced = false
  let asking = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (FENCE.test(line)) fenced = !fenced
    if (fenced || line.trim() === '') continue
    const label = labelOf(line.trim())
    if (!label && labelledLine(line.trim())?.role === 'answer') return null
    if (label?.role === 'answer' && !isExplanationWord(label.word)) {
      if (!asking) return null
      const answer = lines
        .slice(i + 1)
        .join('\n')
        .trim()
      return answer === '' ? null : { detail: lines.slice(0, i).join('\n').trim(), answer }
    }
    if (!isMaterial(line)) return null
    asking ||= asksOrHints(line.trim())
  }
  return null
}
