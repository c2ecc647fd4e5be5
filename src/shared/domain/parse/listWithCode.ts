/**
 * Reads a list the way its code decides: a list whose entries each come with their own code
 * (see `codedSteps`) is read on past that code, every entry a task; any other list is read as
 * before, where code after a blank line ends the list and belongs to no entry.
 */

import type { ItemKind } from '../types'
import { codedTaskKinds } from './codedSteps'
import type { QuestionFamily } from './readAnswer'
import { readList, type ListEntry, type ListMatch } from './readList'
import type { Doc, Line } from './scanLines'

export interface ListRead {
  entries: ListEntry[]
  next: number
  /** Every entry's kind when the list is one of coded tasks; null: judge it as usual. */
  kinds: ItemKind[] | null
}

export function readListWithCode(
  doc: Doc,
  index: number,
  match: (line: Line) => ListMatch | null,
  family: QuestionFamily,
  section: string | null | undefined
): ListRead {
  const withCode = readList(doc, index, match, family, true)
  const kinds = codedTaskKinds(withCode.entries, section)
  if (kinds) return { ...withCode, kinds }
  // No entry took code: the plain reading is the same one.
  if (!withCode.entries.some((e) => e.codeBelow)) return { ...withCode, kinds: null }
  return { ...readList(doc, index, match, family), kinds: null }
}
