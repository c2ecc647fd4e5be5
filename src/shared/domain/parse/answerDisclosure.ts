/**
 * A question's body that shows material first and hides its answer under a disclosure:
 *
 *   ##### 2. Why is `var` a bad practice?
 *   `Task` What is assigned to `result`?     ← the question's own material (a sub-task, code)
 *   ```js … ```
 *   <details><summary>Answer</summary>       ← the answer, as the author labelled it
 *   …
 *   </details>
 *
 * The `<details>` labelled as the answer ("Answer", "Show answer", "Solution") is where the
 * answer starts; what comes before it belongs to the question (its `detail`). A quiz's option
 * list before it is left as it was: the key inside names an option by its place.
 */

import { FenceTracker } from './fenceTracker'
import { labelOf } from './labels'
import { bulletItem, numberedItem } from './lineShapes'

const DETAILS_OPEN = /^<details\b/i
const SUMMARY = /<summary\b[^<>]*>([^<]*)<\/summary>/i
// "Show answer", "Click to see the solution": a verb asking to open the block, then its label.
const OPEN_VERB =
  /^(?:click(?:[ \t]+here)?[ \t]+(?:to|for)[ \t]+)?(?:show|reveal|view|see|display|toggle|expand)?[ \t]*(?:the[ \t]+)?/i

function isAnswerSummary(text: string): boolean {
  const label = text.trim().replace(OPEN_VERB, '')
  return labelOf(label)?.role === 'answer'
}

// The summary on the `<details>` line or the next non-blank one.
function summaryAt(raw: readonly string[], i: number): string | null {
  for (let j = i; j < raw.length && j <= i + 2; j++) {
    const m = SUMMARY.exec(raw[j]!)
    if (m) return m[1] ?? ''
    if (j > i && raw[j]!.trim() !== '') return null
  }
  return null
}

/**
 * Splits body lines at an answer disclosure that follows other material: the lines before it
 * and the lines from it on; null when the body has no such disclosure.
 */
export function splitAtAnswerDisclosure(
  raw: readonly string[]
): { material: string[]; answer: string[] } | null {
  const fences = new FenceTracker()
  let filled = false
  for (let i = 0; i < raw.length; i++) {
    const text = raw[i]!.trim()
    const position = fences.step(text)
    if (position === 'inside') continue
    if (position === 'opens') {
      filled = true
      continue
    }
    if (text === '') continue
    // Options before the answer: its key (`Answer: D`) names one, so they stay beside it.
    if (bulletItem(text) !== null || numberedItem(text) !== null) return null
    if (DETAILS_OPEN.test(text)) {
      const summary = summaryAt(raw, i)
      if (summary === null || !isAnswerSummary(summary)) return null
      return filled ? { material: raw.slice(0, i), answer: raw.slice(i) } : null
    }
    filled = true
  }
  return null
}
