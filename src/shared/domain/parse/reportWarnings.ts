/**
 * The plain-language notes of a parse report: what the document looks like and what the user
 * may want to check ("looks like a quiz: 28 questions with options", "142 lines not used").
 */

import type { ParsedItem } from '../types'
import type { UnusedLine } from './parseReport'

// `- [ ] option`, `- [x] option`, `A) option`, `b. option`: lines that offer a choice.
const OPTION_LINE =
  /^[ \t]*(?:[-*+][ \t]+\[[ xX]\][ \t]|\(?[A-Ha-h][.)][ \t]|[-*+][ \t]+[A-Ha-h][.)][ \t])/

function hasOptions(answer: string | null): boolean {
  if (answer === null) return false
  let options = 0
  for (const line of answer.split('\n')) {
    if (OPTION_LINE.test(line.slice(0, 12)) && ++options >= 2) return true
  }
  return false
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}

/** Warnings for a parsed document: each a sentence a user can act on. */
export function reportWarnings(
  items: readonly ParsedItem[],
  unused: readonly UnusedLine[]
): string[] {
  const warnings: string[] = []
  if (items.length === 0) {
    warnings.push(
      'No questions or topics were found: the document may be prose, or written in a shape the parser does not know yet.'
    )
  }
  const questions = items.filter((i) => i.kind === 'question')
  // A cheat sheet or a topic list: say so, so a user does not look for questions that are not
  // there (the cards are its headings or phrases, see sectionTopics).
  if (items.length >= 2 && questions.length === 0) {
    warnings.push(
      `No questions were found: all ${count(items.length, 'item', 'items')} are topics (a heading or phrase, with its notes as the answer).`
    )
  }
  // The choices are the question's detail once the answer is known, else still its answer.
  const quiz = questions.filter((i) => hasOptions(i.detail ?? null) || hasOptions(i.answer)).length
  if (quiz >= 3)
    warnings.push(`Looks like a quiz: ${count(quiz, 'question', 'questions')} with options.`)
  const answered = questions.filter((i) => i.answer !== null && i.answer.trim() !== '').length
  if (questions.length >= 3 && answered === 0) {
    warnings.push(
      `None of the ${count(questions.length, 'question', 'questions')} has a reference answer in the document.`
    )
  }
  if (unused.length > 0) {
    warnings.push(
      `${count(unused.length, 'line', 'lines')} not used: they went into no question or topic (see the list below).`
    )
  }
  return warnings
}
