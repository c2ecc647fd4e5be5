/**
 * Flashcards exported one per line, front and back split by one separator the whole file
 * shares: Quizlet's "custom separator" exports (`PC*The program counter…`), tab- or
 * semicolon-separated card lists, `Front | Back` and `Front :: Back` notes. A whole-document
 * format: taken only when nearly every line is such a card, so prose, tables and Markdown
 * lists (`* item`) never are. A line without the separator wraps the card above it.
 */
import type { ParsedItem } from '../../types'
import { classifyText } from '../classifyText'
import { cleanPrompt, extractLinks } from '../cleanText'
import type { DocumentFormat } from '../documentFormats'
import { markLines, USED, type LineUsage } from '../lineUsage'
import type { Doc, Line } from '../scanLines'

const SEPARATORS = ['\t', '*', ';', ' | ', '::'] as const
type Separator = (typeof SEPARATORS)[number]

const MIN_CARDS = 6
// A share of lines below this keeps the document on the mixed parser's path.
const MIN_SHARE = 0.85
// A front is a term or a question, not a paragraph.
const MAX_FRONT = 160
// Markdown structure: a list item, heading, quote, table row or fence is never a card line.
const MARKDOWN_LINE = /^(?:[-*+]\s|\d{1,9}[.)]\s|#|>|\||```|~~~)/

interface Card {
  front: string
  back: string[]
  line: number
}

function splitCard(line: Line, separator: Separator): { front: string; back: string } | null {
  const text = line.text
  if (line.code || MARKDOWN_LINE.test(text)) return null
  const at = text.indexOf(separator)
  if (at <= 0 || text.indexOf(separator, at + separator.length) !== -1) return null
  const front = text.slice(0, at).trim()
  const back = text.slice(at + separator.length).trim()
  if (front === '' || back === '' || front.length > MAX_FRONT) return null
  return { front, back }
}

// `detect` and `parse` both ask; every document is asked once.
const SEPARATOR_OF = new WeakMap<Doc, Separator | null>()

/** The separator nearly every non-blank line splits on, or null. */
function cardSeparator(doc: Doc): Separator | null {
  let separator = SEPARATOR_OF.get(doc)
  if (separator === undefined) {
    separator = findSeparator(doc)
    SEPARATOR_OF.set(doc, separator)
  }
  return separator
}

function findSeparator(doc: Doc): Separator | null {
  const lines = doc.lines.filter((l) => !l.blank)
  if (lines.length < MIN_CARDS) return null
  for (const separator of SEPARATORS) {
    let cards = 0
    for (const line of lines) if (splitCard(line, separator)) cards++
    if (cards >= MIN_CARDS && cards >= lines.length * MIN_SHARE) return separator
  }
  return null
}

function readCards(doc: Doc, separator: Separator): Card[] {
  const cards: Card[] = []
  for (const line of doc.lines) {
    if (line.blank) continue
    const card = splitCard(line, separator)
    if (card) cards.push({ front: card.front, back: [card.back], line: line.index })
    else cards[cards.length - 1]?.back.push(line.text)
  }
  return cards
}

function parseCardLines(doc: Doc, file: string, usage?: LineUsage): ParsedItem[] {
  const separator = cardSeparator(doc)
  if (!separator) return []
  if (usage) usage.tracked = true
  const items: ParsedItem[] = []
  for (const card of readCards(doc, separator)) {
    const prompt = cleanPrompt(card.front)
    if (prompt === '') continue
    markLines(usage, card.line, card.line + card.back.length, USED)
    const answer = card.back.join('\n')
    items.push({
      kind: classifyText(prompt) === 'question' ? 'question' : 'topic',
      prompt,
      answer,
      section: null,
      source: { file, line: card.line + 1 },
      checked: null,
      links: extractLinks(`${prompt}\n${answer}`)
    })
  }
  return items
}

/** Registered ahead of the mixed parser in `DOCUMENT_FORMATS`. */
export const cardLinesFormat: DocumentFormat = {
  name: 'card-lines',
  detect: (doc) => cardSeparator(doc) !== null,
  parse: parseCardLines
}
