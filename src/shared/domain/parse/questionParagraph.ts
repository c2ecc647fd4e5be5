/**
 * A question on its own line with its answer on the lines right below, no marker, a blank line
 * between pairs (plain-text Q&A notes, chat pastes with the bullets lost):
 *   What is Redis?
 *   An in-memory key-value store.
 *
 *   What is the default port?
 *   6379.
 * The question line asks with a question mark; the lines under it, up to the next such line
 * or the end of the paragraph, do not ask and are prose (sentences), not a list of topics. One
 * such pair in a page of prose may be rhetorical ("Why does this matter?" over the reason), so
 * the document must hold at least `MIN_PAIRS` of them before any is read this way.
 */

import { classifyText } from './classifyText'
import { hasQuestionMark } from './interrogatives'
import type { Doc, Line } from './scanLines'

const MIN_PAIRS = 2
// `Is Redis in-memory only? Explain.`: the question mark ends a sentence near the end.
const MAX_AFTER_MARK = 24
const MIN_PHRASE_WORDS = 4

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length
}

/** True when the line's text asks with a question mark at (or close to) its end. */
export function endsAsking(text: string): boolean {
  const at = Math.max(text.lastIndexOf('?'), text.lastIndexOf('？'))
  return at > 0 && text.length - at - 1 <= MAX_AFTER_MARK && hasQuestionMark(text)
}

function isAnswerLine(line: Line | undefined): boolean {
  if (!line || line.blank || line.code || line.inert || line.heading || line.underline) return false
  return !endsAsking(line.text) && classifyText(line.text) === 'prose'
}

function countPairs(doc: Doc): number {
  let pairs = 0
  const lines = doc.lines
  for (let i = 0; i + 1 < lines.length && pairs < MIN_PAIRS; i++) {
    const line = lines[i]!
    if (line.blank || line.code || line.inert || line.heading) continue
    if (endsAsking(line.text) && isAnswerLine(lines[i + 1])) pairs++
  }
  return pairs
}

const memo = new WeakMap<Doc, boolean>()

/** True when the document is written as question lines with their answers below (see above). */
export function hasQuestionParagraphs(doc: Doc): boolean {
  let yes = memo.get(doc)
  if (yes === undefined) {
    yes = countPairs(doc) >= MIN_PAIRS
    memo.set(doc, yes)
  }
  return yes
}

const MIN_CARDS = 4
// Share of the asking paragraphs with no other asking line, for the document to read as cards.
const CARD_SHARE = 0.75
const cardMemo = new WeakMap<Doc, boolean>()

/**
 * True when the document is plain-text flashcards: paragraphs a blank line apart, each a
 * question line over its answer lines. Then the paragraph is the card, so an answer line that
 * itself ends asking (`…does it equal 11111111?`) or reads as a term (`HTTP: 80`) stays in it.
 * Told from paragraphs of several question-answer pairs by how rarely a later line asks.
 */
export function hasCardParagraphs(doc: Doc): boolean {
  let yes = cardMemo.get(doc)
  if (yes === undefined) {
    yes = countCards(doc)
    cardMemo.set(doc, yes)
  }
  return yes
}

function countCards(doc: Doc): boolean {
  let asking = 0
  let single = 0
  let multi = 0
  const lines = doc.lines
  const plain = (l: Line): boolean => !l.blank && !l.code && !l.heading && !l.inert
  for (let i = 0; i < lines.length; i++) {
    if (!plain(lines[i]!) || (i > 0 && plain(lines[i - 1]!))) continue
    let end = i + 1
    let others = 0
    while (end < lines.length && plain(lines[end]!)) {
      if (endsAsking(lines[end]!.text)) others++
      end++
    }
    if (end - i < 2) continue
    multi++
    if (!endsAsking(lines[i]!.text)) continue
    asking++
    if (others === 0) single++
  }
  return asking >= MIN_CARDS && asking * 2 >= multi && single >= asking * CARD_SHARE
}

/** One question of a paragraph: its entry index and the entries that answer it. */
export interface QuestionRun {
  head: number
  /** Entry indices after the head, up to the next head. */
  tail: number[]
}

/**
 * Splits a paragraph's entries (their texts, in order) into question runs, when it is written
 * that way: the first entry asks, every later entry that does not end asking is prose (or one
 * phrase alone under a paragraph's only question), and at least one question has lines under
 * it. Null when the paragraph is not that shape.
 */
export function questionRuns(texts: readonly string[]): QuestionRun[] | null {
  // The first line may ask without a mark ("Explain Redis Streams."): it is a pair's head.
  if (texts.length < 2 || classifyText(texts[0]!) !== 'question') return null
  const runs: QuestionRun[] = []
  let answered = false
  // `What is the difference between a list and a tuple?` over `Lists are mutable, tuples not`
  // (no period: it reads as a topic). As the only line under the paragraph's only question, such
  // a line answers it; between several questions, or several of them, they may be a list.
  let phrases = false
  for (let k = 0; k < texts.length; k++) {
    const text = texts[k]!
    if (k === 0 || endsAsking(text)) {
      runs.push({ head: k, tail: [] })
      continue
    }
    const kind = classifyText(text)
    // `Given below are the types:`, `Groups rows for aggregates:` read as a task or a phrase,
    // but a colon announces what answers (the lines, list or code after it).
    if (/[:：]$/.test(text)) {
      if (kind === 'question' && k + 1 < texts.length) phrases = true
    } else if (kind === 'topic') phrases = true
    else if (kind !== 'prose') return null
    runs[runs.length - 1]!.tail.push(k)
    answered = true
  }
  // `What should I learn?` over `Django`, `Flask` heads a list: a phrase answers only alone,
  // and only when it says something (a few words, not a name).
  if (phrases && (runs.length > 1 || texts.length > 2 || wordCount(texts[1]!) < MIN_PHRASE_WORDS))
    return null
  return answered ? runs : null
}
