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
import { bulletItem, isUrlOnly, numberedItem, questionPrefix } from './lineShapes'
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

// Entries that ask (`1. What is X?`, `- How do…`, `Q: …`, `<summary>…`, a bold line) outside
// code; links do not count.
function countAskingItems(doc: Doc): number {
  let count = 0
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
    if (asks && ++count >= MAX_ASKING_ITEMS) break
  }
  return count
}

// Paragraph text right under the heading on line `index`, up to the next heading of any level.
function hasProseBelow(doc: Doc, index: number): boolean {
  let chars = 0
  for (let j = index + 1; j < doc.lines.length; j++) {
    const line = doc.lines[j]!
    if (line.heading) break
    if (line.blank || line.code || line.inert || line.underline || isUrlOnly(line.text)) continue
    // List entries are items or points, not prose; their indented continuations are prose.
    if (numberedItem(line.text) !== null || bulletItem(line.text) !== null) continue
    chars += line.text.length
    if (chars >= MIN_PROSE_CHARS) return true
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
    const withProse = headings.filter((i) => hasProseBelow(doc, i))
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
  if (countAskingItems(doc) >= MAX_ASKING_ITEMS) return
  const named = topics.filter((i) => {
    const text = doc.lines[i]!.heading!.text
    return (
      asking[i] !== 1 && text.split(/\s+/).length <= MAX_TOPIC_WORDS && !isBoilerplateHeading(text)
    )
  })
  // A few sections of prose are a note or a diary; a run of them is a set of topics.
  if (named.length < MIN_TOPICS) return
  for (const i of named) asking[i] = 1
}
