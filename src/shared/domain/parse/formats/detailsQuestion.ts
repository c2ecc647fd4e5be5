/**
 * A question hidden behind a disclosure, as GitHub READMEs write them:
 *   <details>
 *   <summary>1. What is Django?</summary>
 *   …answer in Markdown…
 *   </details>
 */

import type { BlockFormat } from '../blockFormat'
import { buildAnswer } from '../buildAnswer'
import { extractLinks } from '../cleanText'
import { readDetailsQuestion } from '../detailsSummary'

/** `<details>` blocks whose summary is the question. */
export const detailsQuestionFormat: BlockFormat = {
  name: 'details-question',
  read(doc, index) {
    const found = readDetailsQuestion(doc, index, true)
    if (!found) return null
    const raw = doc.lines.slice(found.bodyStart, found.close).map((l) => l.raw)
    const closing = doc.lines[found.close]
    // Text before `</details>` on its own line is still answer.
    if (closing) raw.push(closing.raw.replace(/<\/details>.*$/i, ''))
    return {
      items: [
        {
          kind: found.asks ? 'question' : 'topic',
          prompt: found.prompt,
          answer: buildAnswer(raw),
          line: found.line,
          checked: null,
          links: extractLinks(raw.join('\n'))
        }
      ],
      next: Math.max(found.close + 1, index + 1)
    }
  }
}
