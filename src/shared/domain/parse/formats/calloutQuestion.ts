/**
 * Obsidian callouts used as flashcards:
 *   > [!question] What does `manage.py check` do?
 *   > It runs the system check framework…
 * The callout title is the prompt (or its first line, when the title is empty); the quoted
 * lines below are the answer.
 */

import type { BlockFormat } from '../blockFormat'
import { buildAnswer } from '../buildAnswer'
import { cleanPrompt, extractLinks } from '../cleanText'

const CALLOUT = /^>[ \t]*\[!(?:question|faq|help|q|quiz|flashcard)\][-+]?[ \t]*(.*)$/i
const QUOTED = /^[ \t]*>[ \t]?(.*)$/

/** `> [!question]` callouts. */
export const calloutQuestionFormat: BlockFormat = {
  name: 'callout-question',
  read(doc, index) {
    const line = doc.lines[index]!
    if (line.code) return null
    const m = CALLOUT.exec(line.text)
    if (!m) return null
    const body: string[] = []
    let j = index + 1
    for (; j < doc.lines.length; j++) {
      const q = doc.lines[j]!
      const quoted = q.code ? null : QUOTED.exec(q.raw)
      if (!quoted) break
      body.push(quoted[1] ?? '')
    }
    let title = (m[1] ?? '').trim()
    let promptLine = index
    if (title === '') {
      const first = body.findIndex((b) => b.trim() !== '')
      if (first < 0) return { items: [], next: j }
      title = body[first]!.trim()
      promptLine = index + 1 + first
      body.splice(0, first + 1)
    }
    const prompt = cleanPrompt(title)
    if (prompt === '') return { items: [], next: j }
    return {
      items: [
        {
          kind: 'question',
          prompt,
          answer: buildAnswer(body),
          line: promptLine,
          checked: null,
          links: extractLinks(title + '\n' + body.join('\n'))
        }
      ],
      next: j
    }
  }
}
