/**
 * A worksheet or exam review that announces each question with a label heading
 * (`#### Data Types Question #2`, `### Question 3`, `## Exercise 4`) says which items it sets.
 * Its bullet lists of short phrases ("strings, integers, floats", "Collections", "kernel")
 * are the syllabus around those questions, not items to study one by one, so its topics are
 * dropped. A document with fewer such headings keeps its topics.
 */

import type { ParsedItem } from '../types'
import { labelledQuestionLine } from './questionHeadings'
import type { Doc } from './scanLines'

const MIN_LABELLED = 3

function labelledQuestions(doc: Doc): number {
  let count = 0
  for (const line of doc.lines) {
    if (!line.heading || line.code || line.inert) continue
    if (labelledQuestionLine(doc, line.index) >= 0 && ++count >= MIN_LABELLED) break
  }
  return count
}

/** Items without the topics of a document whose questions carry label headings. */
export function dropOverviewTopics(doc: Doc, items: ParsedItem[]): ParsedItem[] {
  if (!items.some((item) => item.kind === 'topic')) return items
  if (labelledQuestions(doc) < MIN_LABELLED) return items
  return items.filter((item) => item.kind !== 'topic')
}
