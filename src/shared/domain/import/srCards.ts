/**
 * Flashcard notes in Markdown, as Obsidian Spaced Repetition and Logseq write them:
 *   `Question::Answer` (`:::` for a reversed pair), multi-line cards split by a `?` (`??`) line,
 *   Logseq `- Question #card` blocks with the answer in child blocks, cloze `==text==` and
 *   `{{c1::text}}` deletions. Headings give sections; `<!--SR:…-->` schedules and `card-*::`
 *   properties are inert. Code (fenced or inline) never holds a card separator.
 */

import { normaliseNewlines, decodeDocument } from '../parse/decodeDocument'
import type { ParsedItem } from '../types'
import { clozeCard } from './clozeCard'
import type { Importer, ImportResult } from './types'

const CARD_TAG = /(^|\s)#(?:flashcards?|card|srs|anki)(?:\/[\w-]+)*(?=\s|$)/i
const SCHEDULE = /<!--SR:[^>]*-->/g
const PROPERTY = /^\s*(?:-\s+)?[\w-]+::\s/
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/
const MULTI_SEPARATOR = /^\s*\?{1,2}\s*$/
const INLINE_CARD = /^(.*?\S)\s*:{2,3}\s*(\S.*)$/

interface Line {
  text: string
  code: boolean
}

export const srCardsImporter: Importer = {
  name: 'Flashcards',
  extensions: ['.md', '.markdown'],
  detect: (bytes, file) => looksLikeCardNote(decodeDocument(bytes, file)),
  read: async (bytes, file) => readCards(decodeDocument(bytes, file), file)
}

/** Whether a note is written as flashcards: a card tag, or at least two cards of any shape. */
export function looksLikeCardNote(text: string): boolean {
  const lines = markCode(normaliseNewlines(text))
  if (lines.some((l) => !l.code && CARD_TAG.test(stripInlineCode(l.text)))) return true
  let cards = 0
  for (const line of lines) {
    if (line.code) continue
    const plain = stripInlineCode(line.text)
    if (MULTI_SEPARATOR.test(plain) || inlineCard(plain)) cards++
    if (cards >= 2) return true
  }
  return false
}

/** Reads every card of a note. */
export function readCards(source: string, file: string): ImportResult {
  const lines = markCode(normaliseNewlines(source))
  const items: ParsedItem[] = []
  let section: string | null = null
  const add = (prompt: string, answer: string | null, line: number): void => {
    const text = prompt.replace(CARD_TAG, ' ').replace(/\s+/g, ' ').trim()
    if (text !== '')
      items.push({
        kind: 'question',
        prompt: text,
        answer: answer?.trim() || null,
        section,
        source: { file, line },
        checked: null,
        links: []
      })
  }
  for (let i = 0; i < lines.length; i++) {
    const { text, code } = lines[i] as Line
    if (code) continue
    const plain = stripInlineCode(text).replace(SCHEDULE, '')
    const heading = HEADING.exec(plain)
    if (heading) {
      section = (heading[2] ?? '').replace(CARD_TAG, '').trim() || section
      continue
    }
    const inline = inlineCard(plain) ? INLINE_CARD.exec(text.replace(SCHEDULE, '')) : null
    if (inline) {
      add(stripBullet(inline[1] ?? ''), inline[2] ?? '', i + 1)
      continue
    }
    if (MULTI_SEPARATOR.test(plain)) continue
    if (
      (lines[i + 1] && MULTI_SEPARATOR.test(lines[i + 1]?.text ?? '')) ||
      questionBlockFollows(lines, i)
    ) {
      const start = blockStart(lines, i)
      const end = blockEnd(lines, i + 2)
      add(joinLines(lines, start, i + 1), joinLines(lines, i + 2, end), start + 1)
      i = end - 1
      continue
    }
    if (/^\s*-\s+.*#card\b/i.test(plain)) {
      const end = childrenEnd(lines, i)
      add(stripBullet(text), dedentChildren(lines, i + 1, end), i + 1)
      i = end - 1
      continue
    }
    const cloze = clozeCard(stripBullet(text))
    if (cloze) add(cloze.prompt, cloze.answer, i + 1)
  }
  return { items, warnings: [] }
}

function inlineCard(plain: string): boolean {
  if (PROPERTY.test(plain) && !/\s\S+\s*::/.test(plain.replace(/^\s*-\s+/, ''))) return false
  const match = INLINE_CARD.exec(plain)
  return match !== null && !/:$/.test(match[1] ?? '') && !/^\s*:::/.test(plain)
}

function questionBlockFollows(lines: Line[], i: number): boolean {
  // A multi-line question: this line, more lines, then `?`, all without a blank line between.
  for (let j = i + 1; j < lines.length && j < i + 20; j++) {
    const next = lines[j] as Line
    if (next.text.trim() === '' || HEADING.test(next.text)) return false
    if (MULTI_SEPARATOR.test(next.text)) return j > i + 1 && startsBlock(lines, i)
  }
  return false
}

function startsBlock(lines: Line[], i: number): boolean {
  const previous = lines[i - 1]
  return previous === undefined || previous.text.trim() === '' || HEADING.test(previous.text)
}

function blockStart(lines: Line[], i: number): number {
  let start = i
  while (
    start > 0 &&
    (lines[start - 1]?.text.trim() ?? '') !== '' &&
    !HEADING.test(lines[start - 1]?.text ?? '')
  )
    start--
  return start
}

function blockEnd(lines: Line[], from: number): number {
  let end = from
  while (
    end < lines.length &&
    !((lines[end] as Line).text.trim() === '' && !(lines[end] as Line).code) &&
    !HEADING.test((lines[end] as Line).text)
  )
    end++
  return end
}

function childrenEnd(lines: Line[], i: number): number {
  const indent = indentOf((lines[i] as Line).text)
  let end = i + 1
  while (
    end < lines.length &&
    ((lines[end] as Line).text.trim() === '' || indentOf((lines[end] as Line).text) > indent)
  )
    end++
  while (end > i + 1 && (lines[end - 1] as Line).text.trim() === '') end--
  return end
}

function dedentChildren(lines: Line[], from: number, to: number): string {
  const block = lines
    .slice(from, to)
    .map((l) => l.text)
    .filter((t) => !PROPERTY.test(t) || /\s\S+\s*::/.test(t.trim()))
  const indent = Math.min(...block.filter((t) => t.trim() !== '').map(indentOf))
  return block
    .map((t) => t.slice(Number.isFinite(indent) ? indent : 0).replace(/^- /, ''))
    .join('\n')
}

function joinLines(lines: Line[], from: number, to: number): string {
  const texts = lines.slice(from, to).map((l) => l.text.replace(SCHEDULE, ''))
  while (texts.length > 0 && MULTI_SEPARATOR.test(texts[texts.length - 1] ?? '')) texts.pop()
  return texts.join('\n')
}

function stripBullet(text: string): string {
  return text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim()
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length
}

function stripInlineCode(text: string): string {
  return text.replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length))
}

function markCode(text: string): Line[] {
  let fence: string | null = null
  return text.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null
      return { text: line, code: true }
    }
    if (marker) {
      fence = marker
      return { text: line, code: true }
    }
    return { text: line, code: false }
  })
}
