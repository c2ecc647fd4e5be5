/**
 * A quiz that asks its questions first and answers them later under an `## Answers` (or
 * `## Solutions`, `## Ответы`, `## 答案`) heading, repeating each question there:
 *   ## Questions                ## Answers
 *   ### 1. What is X?           ### 1. What is X?
 *   a) … b) …                   **Answer: b) …**  **Explanation:** …
 * The repeat is not a second question: its answer is the first one's reference answer.
 */

import type { ParsedItem } from '../types'
import { labelOf } from './labels'
import type { Doc } from './scanLines'

/** A prompt as the two copies of a question compare: case, spacing and code marks aside. */
function promptKey(prompt: string): string {
  return prompt.toLowerCase().replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim()
}

/** The 1-based line of the document's first `## Answers`-like heading, or Infinity. */
function answerHeadingLine(doc: Doc): number {
  for (const line of doc.lines) {
    if (line.heading && !line.code && labelOf(line.heading.text)?.role === 'answer') {
      return line.index + 1
    }
  }
  return Infinity
}

/** Folds each question repeated under an answer heading into its first copy (see above). */
export function foldAnswerSection(items: ParsedItem[], doc: Doc): ParsedItem[] {
  const from = answerHeadingLine(doc)
  if (from === Infinity) return items
  const first = new Map<string, number>()
  const kept: ParsedItem[] = []
  for (const item of items) {
    const key = promptKey(item.prompt)
    const earlier = first.get(key)
    const answers = item.source.line > from
    if (earlier !== undefined && answers && kept[earlier]!.source.line < from) {
      const asked = kept[earlier]!
      if (item.answer) kept[earlier] = { ...asked, answer: item.answer }
      continue
    }
    if (earlier === undefined) first.set(key, kept.length)
    kept.push(item)
  }
  return kept
}
