/**
 * `N. [x] question` and `- [ ] question` checklists: every entry is an item, `checked` records
 * the box. A list that is mostly questions is all questions (a terse entry keeps its kind).
 */

import type { BlockFormat } from '../blockFormat'
import { looksLikeQuestion } from '../classifyText'
import { cleanPrompt } from '../cleanText'
import { bulletItem, checkbox, numberedItem } from '../lineShapes'
import { listDrafts, readList, type ListMatch } from '../readList'
import type { Line } from '../scanLines'

function matchChecklist(line: Line): ListMatch | null {
  const numbered = numberedItem(line.text)
  const rest = numbered ? numbered.rest : bulletItem(line.text)
  if (rest === null) return null
  const box = checkbox(rest)
  return box ? { rest: box.rest, checked: box.checked } : null
}

/** Checklists of questions or topics. */
export const checklistFormat: BlockFormat = {
  name: 'checklist',
  read(doc, index) {
    const first = doc.lines[index]!
    if (first.code || !matchChecklist(first)) return null
    const family = numberedItem(first.text) ? 'numbered' : 'bullet'
    const { entries, next } = readList(doc, index, matchChecklist, family)
    const prompts = entries.map((e) => cleanPrompt(e.rest))
    const questions = prompts.filter((p) => looksLikeQuestion(p)).length
    const allQuestions = questions * 2 >= prompts.length
    const kinds = prompts.map((prompt) =>
      allQuestions || looksLikeQuestion(prompt) ? ('question' as const) : ('topic' as const)
    )
    return { items: listDrafts(entries, prompts, kinds), next }
  }
}
