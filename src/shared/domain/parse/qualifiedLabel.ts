/**
 * A question label with a few words in front naming its topic or kind: "Data Types Question
 * #2", "Objects & Classes Question #1", "Bonus Exercise 3". The tail (`Question #2`) is the
 * label; the words before it qualify it, so the heading still only numbers the question
 * written under it.
 */

import { labelOf } from './labels'

// The label word and its number at the end, after up to five words (any punctuation between).
const QUALIFIED =
  /^(?:\*\*)?[^\n]{1,60}?[ \t]((?:\p{L}[\p{L}'-]*)[ \t]*[#№]?[ \t]*\p{Nd}{1,4})[.:)]?(?:\*\*)?$/u
const MAX_WORDS = 8

/** The question label at the end of `text` when the words before it qualify it; else null. */
export function qualifiedQuestionLabel(text: string): ReturnType<typeof labelOf> {
  const t = text.trim()
  if (t.length > 80 || t.split(/\s+/).length > MAX_WORDS) return null
  const tail = QUALIFIED.exec(t)?.[1]
  if (!tail) return null
  const label = labelOf(tail)
  return label && label.role === 'question' && label.numbered ? label : null
}
