/**
 * Bulleted lists: topic bullets under a date (`25/04/2018` then `- mro`), bulleted questions,
 * and short-phrase lists elsewhere. A bullet list of sentences in plain notes yields nothing.
 */

import type { BlockFormat } from '../blockFormat'
import { readListWithCode } from '../listWithCode'
import { bulletItem, checkbox } from '../lineShapes'
import { judgeList } from '../judgeList'
import { listPrompt } from '../listPrompt'
import { pairLabelledEntries } from '../labelledEntries'
import { readQuestionGroup } from '../questionGroups'
import { listDrafts, type ListMatch } from '../readList'
import type { Line } from '../scanLines'

function matchBullet(line: Line): ListMatch | null {
  const rest = bulletItem(line.text)
  return rest !== null && !checkbox(rest) ? { rest, checked: null } : null
}

/** Bulleted lists of topics or questions. */
export const bulletListFormat: BlockFormat = {
  name: 'bullet-list',
  read(doc, index, ctx) {
    const first = doc.lines[index]!
    if (first.code || !matchBullet(first)) return null
    // `* Databases` over nested questions: their section (see questionGroups).
    const group = readQuestionGroup(doc, index)
    if (group) return group
    const read = readListWithCode(doc, index, matchBullet, 'bullet', ctx.section)
    // `1. Question: …` / `2. Answer: …`: one item (see labelledEntries).
    const entries = read.kinds ? read.entries : pairLabelledEntries(read.entries)
    const { next, kinds: coded } = read
    const prompts = entries.map((e) => listPrompt(e.rest))
    const answered = entries.map((e) => e.answer !== null)
    // Most entries followed by their own code: tasks with solutions (see listWithCode).
    const kinds =
      coded ??
      judgeList(prompts, {
        inSoftSection: ctx.inSoftSection,
        answered,
        wholeDocument: ctx.listDocument === true
      })
    return { items: listDrafts(entries, prompts, kinds), next }
  }
}
