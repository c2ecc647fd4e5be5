/**
 * A list entry that only names a group of the questions nested under it:
 *   * ### Data Structures
 *       * List all the data structures you know.
 *       * Which is your favourite data structure? Explain it briefly.
 *   * Databases
 *       * What are save points and check points?
 * The entry is a section (its name), the nested entries are the items. Without this the name
 * became a topic whose "answer" was its questions.
 */

import type { BlockResult } from './blockFormat'
import { asksDirectly, looksLikeQuestion } from './classifyText'
import { cleanPrompt, cleanSection } from './cleanText'
import { judgeList } from './judgeList'
import { bulletItem, numberedItem } from './lineShapes'
import { listPrompt } from './listPrompt'
import { listDrafts, readList, type ListMatch } from './readList'
import type { Doc, Line } from './scanLines'

// A group's name is a few words; a longer entry is an item of its own.
const MAX_NAME_WORDS = 6

function itemText(line: Line): string | null {
  if (line.code || line.blank) return null
  return numberedItem(line.text)?.rest ?? bulletItem(line.text)
}

function matchItem(line: Line): ListMatch | null {
  const rest = itemText(line)
  return rest === null ? null : { rest, checked: null }
}

/** The group on line `index` with its nested questions as items, or null. */
export function readQuestionGroup(doc: Doc, index: number): BlockResult | null {
  const line = doc.lines[index]!
  const rest = itemText(line)
  if (rest === null) return null
  const name = cleanPrompt(rest)
  if (name === '' || name.split(/\s+/).length > MAX_NAME_WORDS || looksLikeQuestion(name))
    return null
  const k = doc.nextNonBlank[index + 1] ?? doc.lines.length
  const child = doc.lines[k]
  if (!child || child.indent <= line.indent + 1 || itemText(child) === null) return null
  const { entries, next } = readList(doc, k, matchItem, 'bullet')
  if (entries.length < 2) return null
  const prompts = entries.map((e) => listPrompt(e.rest))
  // Questions, at least one asked outright: steps under a step name ("Setup", "- Install
  // Flask") read as tasks, and are no group of questions.
  const asking = prompts.filter((p) => looksLikeQuestion(p)).length
  if (asking * 2 < entries.length || !prompts.some((p) => asksDirectly(p))) return null
  const kinds = judgeList(prompts, { inSoftSection: false })
  const text = cleanSection(name)
  return {
    items: listDrafts(entries, prompts, kinds),
    next,
    ...(text ? { section: { type: 'soft' as const, text } } : {})
  }
}
