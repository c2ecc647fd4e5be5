/**
 * Course notes: headings that do not ask ("## Celery", "# Sanal Bellek", "## PyPy 가 CPython
 * 보다 빠른 이유") with prose under each, and nothing in the document that asks as a list or
 * `Q:` line. Such a document is a set of study topics, one per heading; judged by the whole
 * document's shape, never by one heading's wording:
 * - the topic level is the shallowest heading level (the title aside) with at least
 *   `MIN_TOPICS` headings, most of which (`PROSE_SHARE`) have prose right under them;
 * - fewer than half of the headings there ask, and none deeper does (else those are the
 *   questions and the others sections);
 * - fewer than `MAX_ASKING_ITEMS` list entries or `Q:` lines ask (else the items are there).
 * Every heading at the topic level with prose under it then counts as an item, when at least
 * `MIN_TOPICS` do (three prose sections are a note or a diary); boilerplate ("Contents",
 * "License", "References") never does.
 */

import { asksDirectly, looksLikeQuestion } from './classifyText'
import { labelOf } from './labels'
import { isQuestionHeader } from './tableHeaders'
import {
  bulletItem,
  isSeparator,
  isUrlOnly,
  numberedItem,
  OUTLINE_NUMBERING,
  questionPrefix
} from './lineShapes'
import type { Doc } from './scanLines'

const MIN_TOPICS = 4
const PROSE_SHARE = 0.75
const MAX_ASKING_ITEMS = 2
// A heading line longer than this is a sentence, not a topic's name.
const MAX_TOPIC_WORDS = 12
// Characters of text (outside code, links-only lines) that make "prose under a heading".
const MIN_PROSE_CHARS = 40

const BOILERPLATE = new Set([
  'contents',
  'table of contents',
  'toc',
  'index',
  'license',
  'licence',
  'contributing',
  'contributors',
  'contribution',
  'acknowledgements',
  'acknowledgments',
  'credits',
  'references',
  'resources',
  'further reading',
  'links',
  'see also',
  'changelog',
  'support',
  'contact',
  'authors',
  'author',
  'about',
  'summary',
  '목차',
  '참고',
  '目录',
  '目次',
  '参考',
  'содержание',
  'оглавление',
  'índice',
  'inhalt',
  'inhaltsverzeichnis',
  'sommaire'
])

/** "Contents", "License", "References", a label heading: never a topic of its own. */
export function isBoilerplateHeading(text: string): boolean {
  const t = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .trim()
  return BOILERPLATE.has(t.replace(/\s+/g, ' ')) || labelOf(text) !== null
}

const SUMMARY = /^<summary\b[^<>]*>(.*?)(?:<\/summary>)?$/i
const BOLD_LINE = /^\*\*([^*]+)\*\*$/

// `<summary>1. What is X?</summary>`: the entry is the summary's text.
function itemText(text: string): string {
  if (!text.startsWith('<')) return text
  return SUMMARY.exec(text.slice(0, 500))?.[1]?.trim() ?? text
}

function boldLine(text: string): string | null {
  return BOLD_LINE.exec(text)?.[1] ?? null
}

// Lines of entries that ask (`1. What is X?`, `- How do…`, `Q: …`, `<summary>…`, a bold
// line) outside code; links do not count. Stops once `limit` are found.
function askingItemLines(doc: Doc, limit: number): number[] {
  const found: number[] = []
  for (const line of doc.lines) {
    if (line.blank || line.code || line.inert || line.heading) continue
    const text = itemText(line.text)
    const prefixed = questionPrefix(text)
    const numbered = numberedItem(text)?.rest ?? null
    const rest = prefixed ?? numbered ?? bulletItem(text) ?? boldLine(text)
    if (rest === null || rest.includes('](')) continue
    // Numbered tasks ("1. Create a program…") ask; a bulleted imperative is a step.
    const asks =
      prefixed !== null || numbered !== null ? looksLikeQuestion(rest) : asksDirectly(rest)
    if (asks && found.push(line.index) >= limit) break
  }
  return found
}

/**
 * The one heading at `level` (or -1: before any) under which every asking entry sits, or null
 * when they are spread over several: notes may end with one "Review questions" section, while
 * questions under many headings make a question document.
 */
function soleAskingSection(doc: Doc, level: number, lines: number[]): number | null {
  let owner: number | null = null
  for (const index of lines) {
    let heading = -1
    for (let k = index - 1; k >= 0; k--) {
      const h = doc.lines[k]!.heading
      if (h && !doc.lines[k]!.code && h.level <= level) {
        heading = h.level === level ? k : -1
        break
      }
    }
    if (owner === null) owner = heading
    else if (owner !== heading) return null
  }
  return owner
}

function outlineNumbered(doc: Doc, index: number): boolean {
  return OUTLINE_NUMBERING.test(doc.lines[index]!.heading!.text)
}

// Anything (code, a table, a list) right under the heading: a numbered subsection of notes
// explains its topic with whatever it takes, not only with paragraphs.
function hasContentBelow(doc: Doc, index: number): boolean {
  const next = doc.lines[doc.nextNonBlank[index + 1] ?? doc.lines.length]
  return !!next && !next.heading && !next.underline
}

// `### DROP — remove database objects`, `### ORDER BY`, `### \`git stash\``: a cheat sheet's
// heading names a keyword or command (or glosses it), so its code alone explains it.
const TERM_HEADING = /^(?:[A-Z][A-Z_/]+\b|`[^`]{1,40}`)|\S[ \t]+[—–][ \t]+\S/u

function namesTerm(text: string): boolean {
  // `## ANSWER` over code labels the answer to what comes before.
  return TERM_HEADING.test(text.slice(0, 200)) && labelOf(text) === null
}

// Fenced or indented code under the heading, before the next heading.
function hasCodeBelow(doc: Doc, index: number): boolean {
  for (let j = index + 1; j < doc.lines.length; j++) {
    const line = doc.lines[j]!
    if (line.heading && !line.code) return false
    if (line.code) return true
  }
  return false
}

// A table of questions right under the heading: the heading names the questions' section.
function opensQuestionTable(doc: Doc, index: number): boolean {
  const next = doc.lines[doc.nextNonBlank[index + 1] ?? doc.lines.length]
  if (!next || next.code || !next.text.startsWith('|')) return false
  return next.text.slice(0, 500).split('|').some(isQuestionHeader)
}

// Paragraph text right under the heading on line `index`, up to the next heading of any level.
function hasProseBelow(doc: Doc, index: number): boolean {
  let chars = 0
  let codeSeen = false
  for (let j = index + 1; j < doc.lines.length; j++) {
    const line = doc.lines[j]!
    if (line.heading) break
    codeSeen ||= line.code
    if (line.blank || line.code || line.inert || line.underline || isUrlOnly(line.text)) continue
    // List entries are items or points, not prose; their indented continuations are prose,
    // and so are numbered sentences that open the explanation (its steps; after code, such
    // entries are notes on it).
    const numbered = numberedItem(line.text)?.rest ?? null
    if (numbered === null && bulletItem(line.text) !== null) continue
    if (numbered !== null && (codeSeen || line.indent > 1 || !isSentenceEntry(numbered))) continue
    chars += line.text.length
    if (chars >= MIN_PROSE_CHARS) return true
  }
  return false
}

// A list entry long enough to explain ("轻量级校验： 直接在参数声明定义…", "Uses a thread pool
// for blocking calls"), not a phrase naming a topic: words, or Han characters, counted.
const SENTENCE_WORDS = 7
const SENTENCE_HAN = 14

function isSentenceEntry(entry: string): boolean {
  if (entry.split(/\s+/).length >= SENTENCE_WORDS) return true
  return (
    (entry.match(/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/gu)?.length ?? 0) >=
    SENTENCE_HAN
  )
}

// `- **Term**` with its explanation on the indented lines below (or after a colon).
const BOLD_TERM = /^(?:\*\*|__)[^*_]{1,60}(?:\*\*|__)[ \t]*(?:[:：—–-][ \t]*(\S.*))?$/

/**
 * True when the heading's body is a glossary of bold terms, each explained in its list entry
 * (`- **None**` / `  The value for "nothing".`), from its first line on: those terms are the
 * topics, the heading their section. (A paragraph first introduces the heading's own topic,
 * the list being its points.)
 */
function holdsTermEntries(doc: Doc, index: number): boolean {
  let terms = 0
  for (let j = index + 1; j < doc.lines.length; j++) {
    const line = doc.lines[j]!
    if (line.heading) break
    if (line.code || line.blank || line.inert || isSeparator(line.text)) continue
    const rest = bulletItem(line.text) ?? numberedItem(line.text)?.rest
    const term = rest === undefined || rest === null ? null : BOLD_TERM.exec(rest.trim())
    if (!term) {
      if (terms === 0 && line.indent === 0 && rest == null) return false
      continue
    }
    const next = doc.lines[j + 1]
    const explained = term[1] !== undefined || (!!next && !next.blank && next.indent > line.indent)
    if (explained && ++terms >= 2) return true
  }
  return false
}

/**
 * Marks, in `asking`, the headings of a course-notes document that name its topics (see the
 * rule above). `asking` holds 1 for headings already found to ask.
 */
export function markTopicHeadings(doc: Doc, asking: Uint8Array): void {
  const byLevel = new Map<number, number[]>()
  for (const line of doc.lines) {
    if (!line.heading || line.code || line.inert || line.index === doc.titleIndex) continue
    const list = byLevel.get(line.heading.level)
    if (list) list.push(line.index)
    else byLevel.set(line.heading.level, [line.index])
  }
  const levels = [...byLevel.keys()].sort((a, b) => a - b)
  let topicLevel = -1
  let topics: number[] = []
  for (const level of levels) {
    const headings = byLevel.get(level)!
    if (headings.length < MIN_TOPICS) continue
    const withProse = headings.filter(
      (i) =>
        hasProseBelow(doc, i) ||
        (outlineNumbered(doc, i) && hasContentBelow(doc, i)) ||
        (namesTerm(doc.lines[i]!.heading!.text) && hasCodeBelow(doc, i))
    )
    if (withProse.length >= headings.length * PROSE_SHARE) {
      topicLevel = level
      topics = withProse
      break
    }
  }
  if (topicLevel < 0) return
  // Headings that mostly ask make a question document: the others there are its sections.
  const atLevel = byLevel.get(topicLevel)!
  if (atLevel.filter((i) => asking[i] === 1).length * 2 >= atLevel.length) return
  for (const level of levels) {
    if (level <= topicLevel) continue
    if (byLevel.get(level)!.some((i) => asking[i] === 1)) return
  }
  // Question headings above (`### 4. Explain OOP` over `#### 1. Encapsulation`): the deeper
  // headings are parts of their answers, not topics.
  for (const level of levels) {
    if (level >= topicLevel) break
    const above = byLevel.get(level)!
    if (above.filter((i) => asking[i] === 1).length * 2 >= above.length) return
  }
  // Asking entries make the items. Only notes numbered by chapter and section (`### 2.3.`)
  // may keep their topics beside one section of review questions, whose heading is no topic.
  const outlined = atLevel.filter((i) => outlineNumbered(doc, i)).length * 2 > atLevel.length
  const askingLines = askingItemLines(doc, outlined ? 200 : MAX_ASKING_ITEMS)
  let questionSection: number | null = null
  if (askingLines.length >= MAX_ASKING_ITEMS) {
    if (!outlined || atLevel.length <= MIN_TOPICS) return
    questionSection = soleAskingSection(doc, topicLevel, askingLines)
    if (questionSection === null || questionSection < 0) return
  }
  const named = topics.filter((i) => {
    const text = doc.lines[i]!.heading!.text
    return (
      asking[i] !== 1 &&
      i !== questionSection &&
      !opensQuestionTable(doc, i) &&
      !holdsTermEntries(doc, i) &&
      text.split(/\s+/).length <= MAX_TOPIC_WORDS &&
      !isBoilerplateHeading(text)
    )
  })
  // A few sections of prose are a note or a diary; a run of them is a set of topics.
  if (named.length < MIN_TOPICS) return
  for (const i of named) asking[i] = 1
}
