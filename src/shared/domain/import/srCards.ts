/**
 * Flashcard notes in Markdown, as Obsidian Spaced Repetition and Logseq write them:
 * - `Question::Answer` on one line (`:::` for a pair studied both ways);
 * - a multi-line card: question lines, a `?` (or `??`) line, answer lines, up to a blank line;
 * - Logseq outline blocks `- Question #card` whose child blocks are the answer;
 * - cloze lines: `==deleted==`, `{{c1::deleted}}`, Logseq `{{cloze deleted}}`.
 * Headings give sections; `<!--SR:…-->` schedules and Logseq `key:: value` properties are
 * inert; code (fenced or inline) never holds a separator.
 */

import { decodeDocument, normaliseNewlines } from '../parse/decodeDocument'
import type { ParsedItem } from '../types'
import { blankClozes } from './clozeCard'
import type { Importer, ImportResult } from './types'

const CARD_TAG = /(^|\s)#(?:flashcards?|card|srs)(?:\/[\w-]+)*(?=\s|$)/gi
const SCHEDULE = /<!--SR:[^>]*-->/g
// Logseq properties are `lower-case-key:: value`; a card's question is not one word + space.
const PROPERTY = /^\s*(?:[-*]\s+)?[a-z][\w-]*::\s/
const HEADING = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/
const SEPARATOR = /^\s*\?{1,2}\s*$/
const INLINE = /^(.*?\S)\s*:{2,3}\s*(\S.*)$/
const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+/

interface Line {
  text: string
  /** Inside a fenced code block (fence lines included). */
  code: boolean
}

export const srCardsImporter: Importer = {
  name: 'Flashcards',
  extensions: ['.md', '.markdown'],
  detect: (bytes, file) => looksLikeCardNote(decodeDocument(bytes, file)),
  read: async (bytes, file) => readCards(decodeDocument(bytes, file), file)
}

/**
 * Whether a note is written as flashcards: a card tag, or cards making up a good share of its
 * text (a README with a stray `a::b` in prose must stay on the document parser's path).
 */
export function looksLikeCardNote(text: string): boolean {
  let cards = 0
  let content = 0
  for (const line of markCode(normaliseNewlines(text))) {
    if (line.code || line.text.trim() === '' || HEADING.test(line.text)) continue
    const plain = outsideInlineCode(line.text)
    if (new RegExp(CARD_TAG.source, 'i').test(plain)) return true
    content++
    if (SEPARATOR.test(plain) || inlineCard(plain)) cards++
  }
  return cards >= 2 && cards * 4 >= content
}

/** Reads every card of a note, in document order. */
export function readCards(source: string, file: string): ImportResult {
  const lines = markCode(normaliseNewlines(source).replace(SCHEDULE, ''))
  const items: ParsedItem[] = []
  let section: string | null = null
  const add = (prompt: string, answer: string, line: number): void => {
    const text = prompt.replace(CARD_TAG, ' ').replace(BULLET, '').replace(/\s+/g, ' ').trim()
    if (text === '') return
    const clozes = blankClozes(text)
    const answers = [clozes.deleted.join('; '), answer.trim()].filter((a) => a !== '')
    items.push({
      kind: 'question',
      prompt: clozes.prompt,
      answer: answers.join('\n\n') || null,
      section,
      source: { file, line },
      checked: null,
      links: []
    })
  }
  for (let i = 0; i < lines.length;) {
    const line = lines[i] as Line
    const plain = line.code ? '' : outsideInlineCode(line.text)
    const heading = HEADING.exec(plain)
    if (heading) {
      section = (heading[1] ?? '').replace(CARD_TAG, ' ').trim() || section
      i++
    } else if (plain.trim() === '' && !line.code) {
      i++
    } else {
      const end = paragraphEnd(lines, i)
      readParagraph(lines, i, end, add)
      i = end
    }
  }
  return { items, warnings: [] }
}

/** One blank-line-separated block: a multi-line card, or lines each of which may be a card. */
function readParagraph(
  lines: Line[],
  start: number,
  end: number,
  add: (prompt: string, answer: string, line: number) => void
): void {
  const separator = lines.slice(start, end).findIndex((l) => !l.code && SEPARATOR.test(l.text))
  if (separator > 0) {
    const question = lines.slice(start, start + separator)
    const prose = question.filter((l) => !l.code).map((l) => l.text)
    const code = question.filter((l) => l.code).map((l) => l.text)
    const answer = lines.slice(start + separator + 1, end).map((l) => l.text)
    add(
      prose.join(' '),
      [...code, ...(code.length > 0 ? [''] : []), ...answer].join('\n'),
      start + 1
    )
    return
  }
  for (let i = start; i < end; i++) {
    const line = lines[i] as Line
    if (line.code || PROPERTY.test(line.text)) continue
    const plain = outsideInlineCode(line.text)
    if (/#card\b/i.test(plain) && BULLET.test(plain)) {
      const childrenStop = childrenEnd(lines, i)
      add(line.text, childAnswer(lines, i + 1, childrenStop), i + 1)
      i = childrenStop - 1
    } else if (inlineCard(plain)) {
      // The separator is found where code and clozes are masked, then the line is cut there.
      const separator = /\s*:{2,3}\s*/.exec(maskClozes(plain))
      if (separator) {
        const end = separator.index + separator[0].length
        add(line.text.slice(0, separator.index), line.text.slice(end), i + 1)
      }
    } else if (blankClozes(plain).deleted.length > 0) {
      add(line.text, '', i + 1)
    }
  }
}

function inlineCard(plain: string): boolean {
  if (PROPERTY.test(plain)) return false
  const masked = maskClozes(plain)
  return INLINE.test(masked) && !/^\s*:::/.test(masked)
}

function maskClozes(text: string): string {
  return text.replace(/\{\{[^}]*\}\}/g, (span) => ' '.repeat(span.length))
}

function paragraphEnd(lines: Line[], start: number): number {
  let end = start
  while (end < lines.length) {
    const line = lines[end] as Line
    if (!line.code && (line.text.trim() === '' || (end > start && HEADING.test(line.text)))) break
    end++
  }
  return end
}

function indentOf(text: string): number {
  let width = 0
  for (const char of text) {
    if (char === ' ') width++
    else if (char === '\t') width += 4
    else break
  }
  return width
}

function childrenEnd(lines: Line[], i: number): number {
  const indent = indentOf((lines[i] as Line).text)
  let end = i + 1
  while (end < lines.length) {
    const line = lines[end] as Line
    if (line.text.trim() !== '' && indentOf(line.text) <= indent) break
    end++
  }
  return end
}

function childAnswer(lines: Line[], from: number, to: number): string {
  const kept = lines
    .slice(from, to)
    .filter((l) => l.code || (l.text.trim() !== '' && !PROPERTY.test(l.text)))
  const bullets = kept.filter((l) => !l.code && BULLET.test(l.text)).length
  // One child block reads as a sentence; several as the list they are.
  return kept
    .map((l) => (l.code ? l.text.trim() : l.text.replace(BULLET, bullets > 1 ? '- ' : '').trim()))
    .join('\n')
}

function outsideInlineCode(text: string): string {
  return text.replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length))
}

function markCode(text: string): Line[] {
  let fence: string | null = null
  return text.split('\n').map((text) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1]
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null
      return { text, code: true }
    }
    if (marker) fence = marker
    return { text, code: marker !== undefined }
  })
}
