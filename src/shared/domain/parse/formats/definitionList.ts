/**
 * Definition lists (pandoc, PHP Markdown Extra, kramdown, MyST): a term on its own line, then
 * one or more definitions opened by `:` (or `~`) and spaces, continued by the lines after it,
 * indented or not, up to a blank line that the next definition does not follow:
 *   [commit]{#commit}
 *   :   To record the current state of a set of files
 *   in a version control repository.
 * Each term is a topic (a question when it asks), its definitions the answer. Software
 * Carpentry lessons and Jupyter Book glossaries are written this way.
 */

import type { BlockFormat, ItemDraft } from '../blockFormat'
import { buildAnswer } from '../buildAnswer'
import { classifyText } from '../classifyText'
import { cleanPrompt, extractLinks } from '../cleanText'
import { bulletItem, numberedItem } from '../lineShapes'
import { isStructural } from '../readAnswer'
import type { Doc, Line } from '../scanLines'

const DEFINITION = /^[:~][ \t]+(\S.*)$/
// `[term]{#id}` (a bracketed span with attributes) and a trailing `{#id .class}`: markup.
const SPAN_WITH_ATTRIBUTES = /^\[([^\]]+)\]\{[^}]*\}$/
const TRAILING_ATTRIBUTES = /[ \t]*\{[#.][^}]*\}$/
const TERM_LENGTH = 120

function definitionText(line: Line | undefined): string | null {
  if (!line || line.code || line.blank || line.indent > 3) return null
  return DEFINITION.exec(line.text)?.[1] ?? null
}

function isTermLine(line: Line | undefined): boolean {
  return (
    !!line &&
    !line.code &&
    !line.blank &&
    !line.inert &&
    line.indent === 0 &&
    line.text.length <= TERM_LENGTH &&
    !isStructural(line) &&
    definitionText(line) === null &&
    bulletItem(line.text) === null &&
    numberedItem(line.text) === null
  )
}

/** The line of the first definition of the term on `index` (pandoc allows a blank between). */
function firstDefinition(doc: Doc, index: number): number | null {
  if (!isTermLine(doc.lines[index])) return null
  if (definitionText(doc.lines[index + 1]) !== null) return index + 1
  if (doc.lines[index + 1]?.blank && definitionText(doc.lines[index + 2]) !== null) return index + 2
  return null
}

function termOf(text: string): string {
  const span = SPAN_WITH_ATTRIBUTES.exec(text)
  return cleanPrompt(span ? span[1]! : text.replace(TRAILING_ATTRIBUTES, ''))
}

/** A term and its definitions, read to the end of its last definition. */
export const definitionListFormat: BlockFormat = {
  name: 'definition-list',
  read(doc, index) {
    const start = firstDefinition(doc, index)
    if (start === null) return null
    const raw: string[] = []
    let j = start
    let last = start
    while (j < doc.lines.length) {
      const line = doc.lines[j]!
      const definition = definitionText(line)
      if (definition !== null) {
        if (raw.length > 0) raw.push('')
        raw.push(definition)
        last = j
      } else if (line.blank) {
        // A blank line ends the definition unless an indented paragraph or the term's next
        // definition follows.
        const after = doc.lines[doc.nextNonBlank[j] ?? doc.lines.length]
        if (!after || (definitionText(after) === null && (after.code || after.indent < 2))) break
        raw.push('')
      } else if (isStructural(line) || (line.indent === 0 && firstDefinition(doc, j) !== null)) {
        break
      } else {
        raw.push(line.indent >= 2 ? line.raw.replace(/^(?: {1,4}|\t)/, '') : line.raw)
        last = j
      }
      j++
    }
    const prompt = termOf(doc.lines[index]!.text)
    if (prompt === '') return null
    const answer = buildAnswer(raw)
    const item: ItemDraft = {
      kind: /\s/.test(prompt) && classifyText(prompt) === 'question' ? 'question' : 'topic',
      prompt,
      answer,
      line: index,
      checked: null,
      links: extractLinks(answer ?? '')
    }
    return { items: [item], next: last + 1 }
  }
}
