/**
 * `N. [x] question` and `- [ ] question` checklists: every entry is an item, `checked` records
 * the box. A list that is mostly questions is all questions (a terse entry keeps its kind).
 */

import type { BlockFormat, ItemDraft } from '../blockFormat'
import { looksLikeQuestion } from '../classifyText'
import { cleanPrompt, extractLinks } from '../cleanText'
import { bulletItem, checkbox, numberedItem } from '../lineShapes'
import { readList, type ListMatch } from '../readList'
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
    const items: ItemDraft[] = []
    entries.forEach((entry, k) => {
      const prompt = prompts[k]!
      if (prompt === '') return
      items.push({
        kind: allQuestions || looksLikeQuestion(prompt) ? 'question' : 'topic',
        prompt,
        answer: entry.answer,
        line: entry.line,
        checked: entry.checked,
        links: extractLinks(entry.rest, [...entry.links])
      })
    })
    return { items, next }
  }
}
