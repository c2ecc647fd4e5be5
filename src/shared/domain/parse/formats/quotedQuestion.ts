/**
 * Numbered questions written as block quotes, the way notebook solution chapters and course
 * handouts quote the exercise they answer:
 *
 *   > `3`. Check the identity for each value of $n$:
 *   >  $ \sum_{i=0}^n i=\frac{n(n+1)}{2} $
 *
 *   Define a function to check the identity:
 *
 *   ```{code-cell} ipython3
 *   def check_identity(n): …
 *   ```
 *
 * The quote is the prompt (all its lines, the number dropped; the number may be in backticks);
 * the answer is everything after it up to the next quoted question or heading, code and quoted
 * sub-parts included. A quote whose parts are themselves quoted questions (a shared stem, as in
 * "Consider the polynomial: … 1. … 2. …") is not an item: its parts are.
 */

import type { BlockFormat } from '../blockFormat'
import { buildAnswer } from '../buildAnswer'
import { cleanPrompt, extractLinks } from '../cleanText'
import { numberedItem } from '../lineShapes'
import type { Doc } from '../scanLines'

const QUOTED = /^[ \t]{0,3}>[ \t]?/
// `` `1`. `` (Jupyter and MyST sources put the number in inline code so it is not a list).
const CODE_NUMBER = /^`(\d{1,3})`[.)][ \t]+/
// Prose outside inline code and math: a quote of only code (`iterable = (1, 2)`) is material.
const WORDS = /\p{L}{2,}[^\p{L}]+\p{L}{2,}/u

interface Quote {
  lines: string[]
  next: number
}

function quoteAt(doc: Doc, index: number): Quote | null {
  const first = doc.lines[index]!
  if (first.code || first.inert || !QUOTED.test(first.raw)) return null
  const lines: string[] = []
  let j = index
  for (; j < doc.lines.length; j++) {
    const line = doc.lines[j]!
    if (line.code || !QUOTED.test(line.raw)) break
    lines.push(line.raw.replace(QUOTED, ''))
  }
  return { lines, next: j }
}

/** The prompt a quote asks, when it opens with a number and says something in words. */
function promptOf(quote: Quote): string | null {
  const head = quote.lines[0]!.trim()
  const coded = CODE_NUMBER.exec(head)
  const rest = coded ? head.slice(coded[0].length) : numberedItem(head)?.rest
  if (rest === undefined) return null
  const text = [rest, ...quote.lines.slice(1).map((l) => l.trim())].join(' ')
  const words = text.replace(/`[^`]*`|\$[^$]*\$/g, ' ')
  if (!WORDS.test(words)) return null
  const prompt = cleanPrompt(text).replace(/[:：]$/, '')
  return prompt === '' ? null : prompt
}

function questionAt(doc: Doc, index: number): { quote: Quote; prompt: string } | null {
  // Only a quote's first line opens one, and only with a number: a long quote is read once.
  const line = doc.lines[index]!
  const before = doc.lines[index - 1]
  if (before && !before.code && QUOTED.test(before.raw)) return null
  const head = line.raw.replace(QUOTED, '').trim()
  if (!CODE_NUMBER.test(head) && numberedItem(head) === null) return null
  const quote = quoteAt(doc, index)
  const prompt = quote ? promptOf(quote) : null
  return quote && prompt ? { quote, prompt } : null
}

// A stem: only quotes (a formula, say) lie between it and the next quoted question.
function isStem(doc: Doc, from: number): boolean {
  let j = from
  for (;;) {
    j = doc.nextNonBlank[j] ?? doc.lines.length
    if (j >= doc.lines.length) return false
    if (questionAt(doc, j)) return true
    const quote = quoteAt(doc, j)
    if (!quote) return false
    j = quote.next
  }
}

/** `> 1. …` questions with whatever follows as the answer. */
export const quotedQuestionFormat: BlockFormat = {
  name: 'quoted-question',
  read(doc, index) {
    const found = questionAt(doc, index)
    if (!found) return null
    if (isStem(doc, found.quote.next)) return { items: [], next: found.quote.next }
    const body: string[] = []
    let j = found.quote.next
    for (; j < doc.lines.length; j++) {
      const line = doc.lines[j]!
      if (!line.code && (line.heading || line.underline)) break
      const quote = quoteAt(doc, j)
      if (quote) {
        if (questionAt(doc, j)) break
        for (let k = j; k < quote.next; k++) body.push(doc.lines[k]!.raw)
        j = quote.next - 1
        continue
      }
      body.push(line.raw)
    }
    return {
      items: [
        {
          kind: 'question',
          prompt: found.prompt,
          answer: buildAnswer(body),
          line: index,
          checked: null,
          links: extractLinks(found.quote.lines.join('\n') + '\n' + body.join('\n'))
        }
      ],
      next: j
    }
  }
}
