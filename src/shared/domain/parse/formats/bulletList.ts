/**
 * Bulleted lists: topic bullets under a date (`25/04/2018` then `- mro`), bulleted questions,
 * and short-phrase lists elsewhere. A bullet list of sentences in plain notes yields nothing.
 */

import type { BlockFormat, ItemDraft } from '../blockFormat'
import { cleanPrompt, extractLinks } from '../cleanText'
import { bulletItem, checkbox } from '../lineShapes'
import { judgeList } from '../judgeList'
import { readList, type ListMatch } from '../readList'
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
    const { entries, next } = readList(doc, index, matchBullet, 'bullet')
    const prompts = entries.map((e) => cleanPrompt(e.rest))
    const kinds = judgeList(prompts, { inSoftSection: ctx.inSoftSection })
    const items: ItemDraft[] = []
    entries.forEach((entry, k) => {
      const kind = kinds[k]
      const prompt = prompts[k]!
      if (!kind || prompt === '') return
      items.push({
        kind,
        prompt,
        answer: entry.answer,
        line: entry.line,
        checked: null,
        links: extractLinks(entry.rest, [...entry.links])
      })
    })
    return { items, next }
  }
}
