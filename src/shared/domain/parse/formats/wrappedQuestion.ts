/**
 * Questions written inside a container for their monospace look: an HTML `<pre>` block or a
 * code fence without a language.
 *
 *   <pre>                                  ```
 *   <b>1. What is an expression?</b>       1. What is []?
 *   It reduces to a single value.          ```
 *   </pre>                                 ```
 *                                          Answer:
 *                                          > an empty list
 *                                          ```
 *
 * A container is a question when its first line is numbered or labelled (`1.`, `Q2:`) and
 * asks (or, in a `<pre>`, is bold). The prompt is the bold part (else the first line); the
 * answer is everything after it up to the next such container or heading, with the container
 * lines dropped and fences that only wrap an `Answer:` label unwrapped. Fences with a language,
 * or whose first line is code, are code and never read here.
 */

import type { BlockFormat } from '../blockFormat'
import { buildAnswer } from '../buildAnswer'
import { looksLikeQuestion } from '../classifyText'
import { cleanPrompt, extractLinks } from '../cleanText'
import { labelledLine, labelOf } from '../labels'
import { numberedItem, questionPrefix } from '../lineShapes'
import type { Doc } from '../scanLines'

/** A `<pre>` block or a fence: its lines and where its content starts and ends. */
interface Container {
  kind: 'pre' | 'fence'
  /** 0-based line of the opening `<pre>` or fence. */
  start: number
  /** Line after the container. */
  next: number
  /** Content lines, the `<pre>` tags removed. */
  content: string[]
  /** Line index of each content line. */
  at: number[]
}

const PRE_OPEN = /^<pre(?:[ \t][^<>]{0,200})?>/i
const PRE_CLOSE = /<\/pre>/i
// Text-like info strings: the fence is for looks, its content is prose.
const TEXT_INFO = /^(?:|text|txt|plain|plaintext|none|markdown|md)$/i
// A `<pre>` that never closes must not make every later `<pre>` scan to the end.
const MAX_PRE_LINES = 400
const BOLD_OPEN = /^(?:<(?:b|strong)>|\*\*)/i
// `1.What are…`: typed without the space, the number still opens the question.
const GLUED_NUMBER = /^\d{1,3}[.)](?=\p{Lu})/u
const BOLD_CLOSE = /<\/(?:b|strong)>|\*\*/i

function preAt(doc: Doc, index: number): Container | null {
  const first = doc.lines[index]!
  const open = PRE_OPEN.exec(first.text)
  if (!open) return null
  const content: string[] = []
  const at: number[] = []
  const limit = Math.min(doc.lines.length, index + MAX_PRE_LINES)
  for (let j = index; j < limit; j++) {
    let text = j === index ? first.text.slice(open[0].length) : doc.lines[j]!.raw
    const close = PRE_CLOSE.exec(text)
    if (close) text = text.slice(0, close.index)
    if (j > index || text.trim() !== '') {
      content.push(text)
      at.push(j)
    }
    if (close) return { kind: 'pre', start: index, next: j + 1, content, at }
  }
  return null
}

function fenceAt(doc: Doc, index: number): Container | null {
  const first = doc.lines[index]!
  if (first.fence !== 'open') return null
  const info = first.text.replace(/^[`~]+/, '').trim()
  if (!TEXT_INFO.test(info)) return null
  const content: string[] = []
  const at: number[] = []
  for (let j = index + 1; j < doc.lines.length; j++) {
    const line = doc.lines[j]!
    if (line.fence === 'close') return { kind: 'fence', start: index, next: j + 1, content, at }
    content.push(line.raw)
    at.push(j)
  }
  return null
}

function containerAt(doc: Doc, index: number): Container | null {
  const line = doc.lines[index]!
  if (line.fence === 'open') return fenceAt(doc, index)
  return line.code || line.inert ? null : preAt(doc, index)
}

/** The question a container opens with: prompt text, its last content row, or null. */
interface Opening {
  prompt: string
  line: number
  /** Content rows (after the prompt) that start the answer. */
  rest: string[]
}

function openingOf(c: Container, answered: boolean): Opening | null {
  const firstRow = c.content.findIndex((t) => t.trim() !== '')
  if (firstRow < 0) return null
  const head = c.content[firstRow]!.trim()
  const bold = BOLD_OPEN.test(head)
  const unbolded = head.replace(BOLD_OPEN, '')
  const glued = GLUED_NUMBER.exec(unbolded)
  const marked =
    numberedItem(unbolded)?.rest ??
    questionPrefix(unbolded) ??
    (glued ? unbolded.slice(glued[0].length) : null)
  if (marked === null) return null
  // The prompt runs to the closing bold tag when there is one in the container, else one line.
  const parts: string[] = []
  let row = firstRow
  let rest = ''
  const closesBold = c.kind === 'pre' && c.content.some((t) => /<\/(?:b|strong)>/i.test(t))
  for (; row < c.content.length; row++) {
    const text = row === firstRow ? marked : c.content[row]!.trim()
    const close = closesBold || bold ? BOLD_CLOSE.exec(text) : null
    if (close) {
      parts.push(text.slice(0, close.index))
      rest = text.slice(close.index + close[0].length)
      break
    }
    parts.push(text)
    if (!closesBold) break
  }
  const prompt = cleanPrompt(parts.join(' ').replace(/<\/?(?:b|strong)>/gi, ''))
  if (prompt === '' || labelOf(prompt) !== null) return null
  // A fence is for code unless it asks; bold in a `<pre>` marks the question by itself, and
  // followed by an `Answer:` container, a numbered line needs no question mark either.
  if (!(c.kind === 'pre' && (bold || closesBold)) && !answered && !looksLikeQuestion(prompt))
    return null
  const after = c.content.slice(row + 1)
  return { prompt, line: c.at[firstRow]!, rest: rest.trim() === '' ? after : [rest, ...after] }
}

function questionAt(doc: Doc, index: number): { c: Container; q: Opening } | null {
  const c = containerAt(doc, index)
  if (!c) return null
  const after = doc.nextNonBlank[c.next] ?? doc.lines.length
  const following = after < doc.lines.length ? containerAt(doc, after) : null
  const q = openingOf(c, following !== null && wrapsAnswer(following))
  return c && q ? { c, q } : null
}

// A text fence that starts with `Answer:` (or another answer label) wraps the answer itself.
function wrapsAnswer(c: Container): boolean {
  const head = c.content.find((t) => t.trim() !== '')?.trim() ?? ''
  const labelled = labelledLine(head)
  const only = labelOf(head)
  return (labelled?.role ?? only?.role) === 'answer'
}

// A numbered or labelled question outside any container starts the next item, not this answer.
function asksOutside(text: string): boolean {
  const marked = numberedItem(text)?.rest ?? questionPrefix(text)
  return marked !== null && looksLikeQuestion(cleanPrompt(marked))
}

/** `<pre>` and text-fence questions, with the answer that follows. */
export const wrappedQuestionFormat: BlockFormat = {
  name: 'wrapped-question',
  fences: true,
  read(doc, index) {
    const found = questionAt(doc, index)
    if (!found) return null
    const body = [...found.q.rest]
    let j = found.c.next
    while (j < doc.lines.length) {
      const line = doc.lines[j]!
      if (line.heading && !line.code) break
      if (!line.code && asksOutside(line.text)) break
      if (line.fence === 'open' || PRE_OPEN.test(line.text)) {
        if (questionAt(doc, j)) break
        const c = containerAt(doc, j)
        if (c && (c.kind === 'pre' || wrapsAnswer(c))) {
          for (const t of c.content) body.push(t)
          j = c.next
          continue
        }
      }
      body.push(line.raw.replace(PRE_CLOSE, ''))
      j++
    }
    const cleaned = body.map((t) => t.replace(/<\/?(?:b|strong)>/gi, ''))
    return {
      items: [
        {
          kind: 'question',
          prompt: found.q.prompt,
          answer: buildAnswer(cleaned),
          line: found.q.line,
          checked: null,
          links: extractLinks(found.q.prompt + '\n' + cleaned.join('\n'))
        }
      ],
      next: j
    }
  }
}
