/**
 * Glossary lines: `**Algorithm**: A step-by-step procedure…`, `- **Argument:** A value…`,
 * `__Class__ - A blueprint…`. A bold term, a colon or a spaced dash, then its definition. The
 * term is the topic and the definition its answer, as flashcards are made from a glossary.
 *
 * One such line is often a note's emphasis, so a line only counts inside a run of at least
 * `MIN_RUN` of them (blank lines between allowed), and a run only when at least half of its
 * definitions read as a phrase: a page's properties (`**Author**: Jane <br />`,
 * `**Total Questions:** 75`, `**Email**: …`) are names, numbers and links. A term that is a label (`**Answer:**`,
 * `**Note:**`, `**R/:**`) or asks something is not a glossary term.
 *
 * A term may also stand alone in bold with its definition on the very next line (`**Backend**`
 * then `The server-side part of…`, often with a Markdown hard break between): the same entry,
 * stacked. The same run rules apply.
 *
 * The expression only sees a capped head of the line.
 */

import { labelledLine, labelOf } from './labels'
import { bulletItem, numberedItem } from './lineShapes'
import type { Doc } from './scanLines'

const MIN_RUN = 4
const MIN_DEFINITION_WORDS = 4
const MAX_TERM_CHARS = 60
const MAX_TERM_WORDS = 6
const HEAD = 96
// `**Term**:`, `**Term:**`, `**Term** -`, with `__` for `**`; group 1 the term, 2 its mark.
const BOLD_TERM =
  /^(?:\*\*|__)([^*_:\n]{1,60}?)(?:(?:\*\*|__)[ \t]*(:|[-–—](?=[ \t]))|(:)(?:\*\*|__))[ \t]*(?=\S)/

export interface GlossaryEntry {
  term: string
  definition: string
}

/** The term and definition of a glossary line (bullet or not), else null. */
export function glossaryEntry(text: string): GlossaryEntry | null {
  const body = bulletItem(text) ?? text
  const m = BOLD_TERM.exec(body.slice(0, HEAD))
  if (!m || !m[1]) return null
  return checkedEntry(m[1].trim(), body.slice(m[0].length).trim())
}

// `**Backend**`, `**Backend:**` alone on a line (not a bullet); group 1 the term.
const BOLD_ALONE = /^(?:\*\*|__)([^*_:\n]{1,60}?):?(?:\*\*|__):?$/

/**
 * A stacked entry: line `index` is a bold term alone and the next line (same paragraph) starts
 * its definition in words. Null otherwise.
 */
export function stackedEntry(doc: Doc, index: number): GlossaryEntry | null {
  const line = doc.lines[index]!
  const next = doc.lines[index + 1]
  if (line.code || line.heading || !next || next.blank || next.code || next.heading) return null
  if (next.indent > line.indent + 3 || bulletItem(next.text) !== null) return null
  if (numberedItem(next.text) !== null) return null
  const m = BOLD_ALONE.exec(line.text.slice(0, HEAD))
  if (!m || !m[1] || BOLD_ALONE.test(next.text)) return null
  return checkedEntry(m[1].trim(), next.text.trim())
}

function checkedEntry(term: string, definition: string): GlossaryEntry | null {
  if (term === '' || term.length > MAX_TERM_CHARS || term.split(/\s+/).length > MAX_TERM_WORDS)
    return null
  if (!/\p{L}/u.test(term) || /[?？]/.test(term) || /[?？]$/.test(definition)) return null
  // `**Answer:** …`, `**Note**: …`: a label, not a term.
  if (labelOf(term) !== null || labelledLine(`${term}: x`) !== null) return null
  if (!/[\p{L}\p{N}`]/u.test(definition)) return null
  return { term, definition }
}

const RUNS = new WeakMap<Doc, readonly boolean[]>()

/** Per line: is it a glossary line inside a run of at least `MIN_RUN` of them? */
export function glossaryLines(doc: Doc): readonly boolean[] {
  const cached = RUNS.get(doc)
  if (cached) return cached
  const lines = doc.lines
  const marks: boolean[] = new Array<boolean>(lines.length).fill(false)
  let run: number[] = []
  const close = (): void => {
    const phrases = run.filter((j) => definesInWords(entryAt(doc, j)?.definition ?? '')).length
    if (run.length >= MIN_RUN && phrases * 2 >= run.length) for (const j of run) marks[j] = true
    run = []
  }
  for (let j = 0; j < lines.length; j++) {
    const line = lines[j]!
    if (line.blank) continue
    if (!line.code && !line.heading && entryAt(doc, j) !== null) run.push(j)
    else if (!isContinuation(doc, j, run)) close()
  }
  close()
  RUNS.set(doc, marks)
  return marks
}

/** The glossary entry that line `j` opens, one-line or stacked, else null. */
export function entryAt(doc: Doc, j: number): GlossaryEntry | null {
  return glossaryEntry(doc.lines[j]!.text) ?? stackedEntry(doc, j)
}

// A wrapped definition's next line (same paragraph, or indented under a bullet) keeps the run.
function isContinuation(doc: Doc, j: number, run: readonly number[]): boolean {
  const last = run[run.length - 1]
  if (last === undefined) return false
  const prev = doc.lines[j - 1]
  if (!prev || prev.blank) return doc.lines[j]!.indent > doc.lines[last]!.indent
  return true
}

// `A value passed to a function`: words, not a name, a number or a link.
function definesInWords(text: string): boolean {
  const definition = text.replace(/<[^<>]{0,40}>/g, ' ')
  if (!/^[\p{L}`]/u.test(definition) || /^(?:https?:|www\.)/i.test(definition)) return false
  return definition.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= MIN_DEFINITION_WORDS
}
