/**
 * A quiz question opened by a numbered label with its stem on the same line, its material and
 * unlettered choices below, and a labelled answer line:
 *
 *   **Frage 2**: Was ergibt `print("Py" * 2)`?     ← the stem (label and number are not)
 *   ```python … ```                               ← material: the question's detail
 *   - `PyPy`                                       ← unlettered choices: detail too
 *   - `Py2`
 *   **Antwort**: `PyPy`                           ← the answer
 *   ---
 *
 * Labels in any language count (`Question 3:`, `Pregunta 3:`, `Вопрос 3:`); without a number
 * the label is a labelled exercise's (`labelledExercise.ts`).
 */

import type { BlockFormat, BlockResult } from '../blockFormat'
import { buildAnswer } from '../buildAnswer'
import { cleanPrompt, extractLinks } from '../cleanText'
import { labelOf, labelledLine } from '../labels'
import { bulletItem, numberedItem, questionPrefix } from '../lineShapes'
import { isStructural } from '../readAnswer'
import type { Doc, Line } from '../scanLines'

// How far below its stem a question's answer line may be.
const BLOCK_LINES = 60

/** The stem of `**Frage 2**: stem`: a numbered question label with text after it. */
function numberedStem(line: Line): string | null {
  if (line.code || line.blank || line.heading) return null
  // `Question 3: …` and `Q1. …` lines are the question-prefix format's.
  if (questionPrefix(line.text) !== null) return null
  const labelled = labelledLine(line.text)
  if (!labelled || labelled.role !== 'question' || labelled.rest === '') return null
  const head = line.text.slice(0, line.text.length - labelled.rest.length)
  return /\p{Nd}/u.test(head) ? labelled.rest : null
}

// A question label of any shape opens the next question.
function opensQuestion(line: Line): boolean {
  if (line.code || line.blank) return false
  const role = labelledLine(line.text)?.role ?? labelOf(line.text)?.role
  return role === 'question'
}

function answerRest(line: Line): string | null {
  if (line.code || line.blank) return null
  const labelled = labelledLine(line.text)
  if (labelled) return labelled.role === 'answer' ? labelled.rest : null
  return labelOf(line.text)?.role === 'answer' ? '' : null
}

/** Reads a labelled question on line `index`; null when no answer line comes before it ends. */
export function readLabelledStem(doc: Doc, index: number): BlockResult | null {
  const lines = doc.lines
  const stem = numberedStem(lines[index]!)
  if (stem === null) return null
  const prompt = [stem]
  const material: string[] = []
  let answer: string[] | null = null
  let last = index
  let j = index + 1
  const limit = Math.min(lines.length, index + BLOCK_LINES)
  for (; j < limit; j++) {
    const line = lines[j]!
    if (isStructural(line) || opensQuestion(line)) break
    if (answer) {
      answer.push(line.raw)
      if (!line.blank) last = j
      continue
    }
    const rest = answerRest(line)
    if (rest !== null) {
      answer = rest === '' ? [] : [rest]
      last = j
      continue
    }
    if (line.blank) continue
    // Plain lines right under the stem wrap it; from the first fence or choice on, material.
    if (line.inert) continue
    const listed = bulletItem(line.text) !== null || numberedItem(line.text) !== null
    if (material.length === 0 && !line.code && !listed) prompt.push(line.text)
    else material.push(line.raw)
  }
  if (answer === null) return null
  const text = cleanPrompt(prompt.join(' '))
  if (text === '') return null
  return {
    items: [
      {
        kind: 'question',
        prompt: text,
        answer: buildAnswer(answer),
        line: index,
        checked: null,
        links: extractLinks(answer.join('\n')),
        ...(material.length > 0 ? { detail: material.join('\n').trim() } : {})
      }
    ],
    next: last + 1
  }
}

export const labelledStemFormat: BlockFormat = {
  name: 'labelled-stem',
  read: readLabelledStem
}
