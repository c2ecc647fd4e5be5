/**
 * Decides which Markdown headings ask a question. A heading asks when its own words do
 * ("## 3. What is a Fixture?"), or when it stands in a run of sibling headings that mostly ask
 * and it is numbered or has an answer under it (for numbered headings, half of the numbered
 * siblings asking is enough): in a README of "## N. Question" headings,
 * "## 9. Django Templating Language" and "### About Python's GIL" (with prose below) are
 * questions too, while a "### Key Features" under one question is part of its answer.
 */

import { asksDirectly, isTopicLike, looksLikeQuestion } from './classifyText'
import { cleanPrompt } from './cleanText'
import { isLabelOnly, labelOf, labelledLine } from './labels'
import {
  NUMBERING,
  OUTLINE_NUMBERING,
  answerMarker,
  bulletItem,
  isSeparator,
  numberedItem,
  opensDetails,
  questionPrefix
} from './lineShapes'
import { optionLine } from './optionMarks'
import { isQuestionHeader } from './tableHeaders'
import { qualifiedQuestionLabel } from './qualifiedLabel'
import type { Doc } from './scanLines'
import { markSiblingTopics } from './siblingTopicHeadings'
import { markCodeOnlyHeadings } from './codeOnlyHeadings'
import { markTopicHeadings } from './topicHeadings'
import { headingLabelText, parentHeading, topicLabelledQuestionLine } from './labelHeadings'

// A run must be long enough, and asking enough, to speak for its odd members.
const MIN_RUN = 3
const ASKING_SHARE = 0.75

const LABEL_ONLY = /^(?:\*\*)?(?:q|ques|question)[ \t]*(?:#[ \t]*)?\d{1,4}[.:)]?(?:\*\*)?$/i
// `## 12`: a heading that is only a number.
const NUMBER_ONLY = /^(?:\*\*)?[#№]?[ \t]*\d{1,5}[.:)]?(?:\*\*)?$/
// `## Python Quiz 0001`, `### Practical Question 2`: a few words, then the number.
const WORDS_AND_NUMBER = /^(?:\*\*)?(?:\p{L}[\p{L}'-]*[ \t]+){1,3}[#№]?\d{1,5}[.:)]?(?:\*\*)?$/u

/**
 * `### Question 3` (or `## 12`, `## Python Quiz 0001`) over `What is a signal?`: a heading
 * that only numbers the question on the line below. Returns that line's index, else -1. A
 * heading that is only a number names whatever paragraph is below; one with words must have a
 * question below it ("## Chapter 3" over prose is a section).
 */
export function labelledQuestionLine(doc: Doc, index: number): number {
  const line = doc.lines[index]
  if (!line?.heading) return -1
  const topical = topicLabelledQuestionLine(doc, index)
  if (topical >= 0) return topical
  const text = headingLabelText(line.heading.text)
  const numberOnly = NUMBER_ONLY.test(text)
  // `#### Data Types Question #2`: words in front qualify the label (see qualifiedLabel).
  const label =
    LABEL_ONLY.test(text) || numberOnly ? null : (labelOf(text) ?? qualifiedQuestionLabel(text))
  if (
    !LABEL_ONLY.test(text) &&
    !numberOnly &&
    label?.role !== 'question' &&
    !WORDS_AND_NUMBER.test(text)
  )
    return -1
  const start = index + (doc.lines[index + 1]?.underline ? 2 : 1)
  const k = belowMetadata(doc, doc.nextNonBlank[start] ?? doc.lines.length)
  const below = doc.lines[k]
  if (!below || below.code || below.inert || below.heading || below.underline) return -1
  // `#### Exercise 1` over the steps of one task as bullets, then its solution's code: the
  // steps are the question (see taskListPrompt).
  if ((label !== null || WORDS_AND_NUMBER.test(text)) && isTaskList(doc, k)) return k
  // A list entry or quote below is content of a section ("# Lesson 1:" over "- Question 1.1");
  // a bold line (`**2²⁰ is about:**`) is not a list entry.
  // `## 12` or `### Question 4` names whatever statement is below ("Fill the blank…").
  const numbersIt =
    numberOnly || LABEL_ONLY.test(text) || (label?.role === 'question' && label.numbered)
  // `### 1` over `> ¿Qué es Python?`: a quoted statement is the one the number names.
  // `> 問題：` alone: the question runs on under it (a lazy continuation of the quote).
  const quoted = below.text.replace(QUOTE, '')
  if (
    numberOnly &&
    quoted !== below.text &&
    /\p{L}/u.test(quoted) &&
    (!isLabelOnly(quoted) || (labelOf(quoted)?.role === 'question' && !!doc.lines[k + 1]?.text))
  )
    return k
  if (/^(?:[-*+](?:[ \t]|$)|[>|])|^\d{1,3}[.)]\s/.test(below.text)) return -1
  if (numbersIt && /\p{L}/u.test(below.text) && !isLabelOnly(below.text)) return k
  if (numberOnly) return -1
  const asks = label
    ? looksLikeQuestion(cleanPrompt(below.text))
    : looksLikeQuestion(cleanPrompt(promptParagraph(doc, k).text))
  return asks ? k : -1
}

// Metadata lines a label heading may carry over its question (`**Konu:** GROUP BY`, `Level: 2`).
const MAX_METADATA = 3

/** The first line at or after `k` that is not a `Topic:`/`Level:` metadata line. */
function belowMetadata(doc: Doc, k: number): number {
  for (let n = 0; n < MAX_METADATA && k < doc.lines.length; n++) {
    const line = doc.lines[k]!
    if (line.code || line.heading || labelledLine(line.text)?.role !== 'part') return k
    k = doc.nextNonBlank[k + 1] ?? doc.lines.length
  }
  return k
}

// The most steps one task's bullet list is read as.
const MAX_TASK_STEPS = 12

/** The bullet entries from line `k` on (one list, no blank line between), with their ends. */
function taskSteps(doc: Doc, k: number): { steps: string[]; next: number } {
  const steps: string[] = []
  const indent = doc.lines[k]!.indent
  let j = k
  for (; j < doc.lines.length && steps.length <= MAX_TASK_STEPS; j++) {
    const line = doc.lines[j]!
    if (line.blank || line.code || line.heading) break
    const entry = bulletItem(line.text)
    if (entry !== null && line.indent === indent) steps.push(entry)
    else if (line.indent > indent && steps.length > 0) steps[steps.length - 1] += ` ${line.text}`
    else break
  }
  return { steps, next: j }
}

// A bullet list right under the heading whose steps are followed, past blank lines, by a fence.
function isTaskList(doc: Doc, k: number): boolean {
  if (bulletItem(doc.lines[k]!.text) === null) return false
  const { steps, next } = taskSteps(doc, k)
  if (steps.length === 0 || steps.length > MAX_TASK_STEPS) return false
  const after = doc.lines[doc.nextNonBlank[next] ?? doc.lines.length]
  if (!after || !after.code || after.fence !== 'open') return false
  // Steps each followed by their own code (`- Create a folder` / fence / `- Commit` / fence)
  // are items of their own: the list must not go on after the code.
  const indent = doc.lines[k]!.indent
  for (let j = after.index; j < doc.lines.length; j++) {
    const line = doc.lines[j]!
    if (line.heading && !line.code) break
    if (!line.code && line.indent === indent && bulletItem(line.text) !== null) return false
  }
  return true
}

/** A task written as bullet steps (see isTaskList): the steps joined, one question. */
export function taskListPrompt(doc: Doc, k: number): { text: string; next: number } | null {
  if (!isTaskList(doc, k)) return null
  const { steps, next } = taskSteps(doc, k)
  return { text: steps.map((s) => s.trim().replace(/[;.]$/, '')).join('; '), next }
}

/** True when the heading is a number or "words + number" label (`## 12`, `## Quiz 0001`). */
export function isNumberLabel(text: string): boolean {
  const t = text.trim()
  return (
    NUMBER_ONLY.test(t) || (WORDS_AND_NUMBER.test(t) && labelOf(t) === null && !LABEL_ONLY.test(t))
  )
}

const QUOTE = /^>[ \t]?/

// Lines a prompt paragraph may run over: a question wrapped at 80 columns.
const MAX_PROMPT_LINES = 6

/**
 * The paragraph starting on line `k`, as one prompt: its lines up to a blank line, code, a
 * heading, a list entry or an answer marker (at most `MAX_PROMPT_LINES`), and the line after it.
 */
export function promptParagraph(doc: Doc, k: number): { text: string; next: number } {
  // A quoted question (`> ¿Qué es Python?`) runs over the quote's lines, markers dropped.
  const quoted = QUOTE.test(doc.lines[k]!.text)
  const parts = [doc.lines[k]!.text.replace(QUOTE, '')]
  let j = k + 1
  for (; j < doc.lines.length && j < k + MAX_PROMPT_LINES; j++) {
    const line = doc.lines[j]!
    if (line.blank || line.code || line.inert || line.heading || line.underline) break
    if (quoted) {
      // A plain line right after the quote's text still belongs to it (CommonMark's lazy
      // continuation); a list entry, code or a label does not.
      const rest = line.text.replace(QUOTE, '')
      if (rest.trim() === '' || (rest === line.text && !/^\p{L}/u.test(line.text))) break
      parts.push(rest)
      continue
    }
    if (line.indent >= 4 || /^[-*+>|<]|^\d{1,3}[.)]\s|^[a-hA-H][.)]\s/.test(line.text)) break
    if (answerMarker(line.text) !== null) break
    const label = labelOf(line.text)
    if (label && (label.role === 'answer' || label.role === 'hint')) break
    parts.push(line.text)
  }
  return { text: parts.join(' '), next: j }
}

/**
 * `✅ Q3` (or `**Question 3**`) on the line above a heading: the label numbers the question
 * the heading names, whatever its wording ("### Генераторы").
 */
function labelledAbove(doc: Doc, index: number): boolean {
  for (let k = index - 1, seen = 0; k >= 0 && seen < 2; k--) {
    const line = doc.lines[k]!
    if (line.blank) continue
    seen++
    if (line.code || line.heading) return false
    const label = labelOf(line.text)
    return label !== null && label.role === 'question' && label.numbered
  }
  return false
}

// `### 2️⃣ Write a function…`: keycap digits (digit, VS16, U+20E3) or 🔟 number the heading.
const KEYCAP_NUMBERING = /^(?:\p{Nd}\uFE0F?\u20E3|\u{1F51F})+[ \t]*(?=\S)/u

/** The prompt a heading would give: numbering and `Q.` markers removed, cleaned. */
export function headingPrompt(text: string): string {
  const numberless = text
    .replace(KEYCAP_NUMBERING, '')
    .replace(OUTLINE_NUMBERING, '')
    .replace(NUMBERING, '')
  return cleanPrompt(questionPrefix(numberless) ?? numberless)
}

// `Q1.`, `Q 12:`, `Question 3)`: a numbered question label.
const NUMBERED_Q = /^(?:\*\*)?(?:q|question)[ \t]*\d{1,4}[ \t]*[.:)]/i

/** True when the heading's content opens with a `<details>` block and holds two or more. */
function overDisclosures(doc: Doc, index: number): boolean {
  let blocks = 0
  for (let j = doc.nextNonBlank[index + 1] ?? doc.lines.length; j < doc.lines.length; j++) {
    const line = doc.lines[j]!
    if (line.heading && !line.code) break
    if (line.blank || line.code) continue
    if (opensDetails(line.text)) blocks++
    else if (blocks === 0) return false
    if (blocks === 2) return true
  }
  return false
}

// A stem states something (`Metode HTTP untuk update resources`); `## Todo` over a checklist
// names it.
function isStatement(prompt: string): boolean {
  return (
    prompt.split(/\s+/).length >= 3 ||
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Hangul}]{4}/u.test(prompt)
  )
}

/** True when the first two lines of content under the heading are choices. */
function overOptions(doc: Doc, index: number): boolean {
  let choices = 0
  for (let j = doc.nextNonBlank[index + 1] ?? doc.lines.length; j < doc.lines.length; j++) {
    const line = doc.lines[j]!
    if (line.blank) continue
    if (line.code || line.heading || optionLine(line.text) === null) return false
    if (++choices === 2) return true
  }
  return false
}

function hasBody(doc: Doc, index: number): boolean {
  const start = index + (doc.lines[index + 1]?.underline ? 2 : 1)
  const next = doc.lines[doc.nextNonBlank[start] ?? doc.lines.length]
  return !!next && !next.heading && !next.underline && !next.inert
}

function compute(doc: Doc): Uint8Array {
  const asking = new Uint8Array(doc.lines.length)
  // Open headings by level (index of the latest heading at each level), to find siblings.
  const open: number[] = []
  const runs = new Map<string, number[]>()
  for (const line of doc.lines) {
    if (!line.heading || line.code || line.inert) continue
    const prompt = headingPrompt(line.heading.text)
    if (prompt !== '' && looksLikeQuestion(prompt)) asking[line.index] = 1
    // `#### Q1. Metode HTTP untuk update` or any heading over a quiz's choices: a quiz item,
    // though it states rather than asks.
    if (
      prompt !== '' &&
      (NUMBERED_Q.test(line.heading.text) || (isStatement(prompt) && overOptions(doc, line.index)))
    )
      asking[line.index] = 1
    if (
      asking[line.index] === 0 &&
      (labelledQuestionLine(doc, line.index) >= 0 || labelledAbove(doc, line.index))
    )
      asking[line.index] = 1
    // The document title names the document: it has no siblings.
    if (line.index === doc.titleIndex) continue
    const level = line.heading.level
    open.length = level
    let parent = -1
    for (let l = level - 1; l >= 1; l--) {
      const p = open[l]
      if (p !== undefined) {
        parent = p
        break
      }
    }
    open[level] = line.index
    const key = `${parent}:${level}`
    const run = runs.get(key)
    if (run) run.push(line.index)
    else runs.set(key, [line.index])
  }
  // Numbered headings at one level make one list even when sections split them ("## Files"
  // over "### 1.", "### 2.", then "## Modules" over "### 3."): judged across the document.
  const byLevel = new Map<number, number[]>()
  for (const run of runs.values()) {
    for (const i of run) {
      const line = doc.lines[i]!
      if (!NUMBERING.test(line.heading!.text)) continue
      const level = line.heading!.level
      const list = byLevel.get(level)
      if (list) list.push(i)
      else byLevel.set(level, [i])
    }
  }
  // Numbered runs that mostly do not ask: maybe study cards (judged once the runs are).
  const notes: number[][] = []
  for (const list of byLevel.values()) {
    if (list.length < MIN_RUN) continue
    const askedNumbered = list.filter((i) => asking[i] === 1).length
    if (askedNumbered * 2 >= list.length) for (const i of list) asking[i] = 1
    else notes.push(list)
  }
  for (const run of runs.values()) {
    if (run.length < MIN_RUN) continue
    const asked = run.filter((i) => asking[i] === 1).length
    // Numbering makes a list of items: half of the numbered headings asking is enough.
    const numbered = run.filter((i) => NUMBERING.test(doc.lines[i]!.heading!.text))
    const numberedAsked = numbered.filter((i) => asking[i] === 1).length
    if (numbered.length >= MIN_RUN && numberedAsked * 2 >= numbered.length) {
      for (const i of numbered) asking[i] = 1
    }
    if (asked < run.length * ASKING_SHARE) continue
    for (const i of run) {
      if (asking[i] === 1) continue
      const text = doc.lines[i]!.heading!.text
      // One or two words ("Background", "Further reading") label a section, even with prose.
      const prompt = headingPrompt(text)
      if (NUMBERING.test(text) || (hasBody(doc, i) && prompt.split(/\s+/).length >= 3))
        asking[i] = 1
    }
  }
  // Noun-phrase headings among mostly asking siblings, each over its own explanation.
  markSiblingTopics(doc, runs.values(), asking)
  markCodeOnlyHeadings(doc, runs.values(), asking)
  for (const list of notes) markNumberedNotes(doc, list, asking)
  // Course notes: no heading asks, but each names a topic with prose under it.
  markTopicHeadings(doc, asking)
  // `# 違い一覧` (a list of differences) over `<details>` entries: they are the items.
  for (let i = 0; i < asking.length; i++)
    if (asking[i] === 1 && (overDisclosures(doc, i) || overQuestionLists(doc, i))) asking[i] = 0
  return asking
}

/**
 * `## SQL Nedir?` over `### Giriş` / `#### Sorular` / `1. …?`: a heading, asking or not, whose
 * subheadings include a "Questions" heading over its questions is a chapter; they are the items.
 */
function overQuestionLists(doc: Doc, index: number): boolean {
  const level = doc.lines[index]!.heading!.level
  for (let j = index + 1; j < doc.lines.length; j++) {
    const line = doc.lines[j]!
    if (!line.heading || line.code || line.inert) continue
    if (line.heading.level <= level) return false
    if (!isQuestionHeader(line.heading.text)) continue
    const below = doc.lines[doc.nextNonBlank[j + 1] ?? doc.lines.length]
    const rest =
      below && !below.code ? (numberedItem(below.text)?.rest ?? bulletItem(below.text)) : null
    if (rest !== null && rest !== undefined && looksLikeQuestion(rest)) return true
  }
  return false
}

// Share of a numbered run that must have notes under it to be a list of study cards.
const NOTES_SHARE = 0.75

// Body lines of the heading on line `index`, up to the next heading: content (any text, code
// or table), and whether items of its own are there (an entry that asks, a list of short
// phrases): then the heading is their section.
// A list of short phrases (`- SQLAlchemy ORM`) under a heading is its topics: they are items.
const SHORT_PHRASE_WORDS = 5

function headingBody(doc: Doc, index: number): { content: boolean; asks: boolean } {
  let content = false
  let entries = 0
  let phrases = 0
  for (let j = index + 1; j < doc.lines.length; j++) {
    const line = doc.lines[j]!
    if (line.heading && !line.code) break
    if (line.blank || line.inert || line.underline) continue
    if (!line.code && isSeparator(line.text)) continue
    if (line.code) {
      content = true
      continue
    }
    // `## 2. Missing Number` over `Question: Given an array…`: the heading titles the question
    // below, which is the item.
    if (!content && (questionPrefix(line.text) !== null || looksLikeQuestion(line.text)))
      return { content: true, asks: true }
    content = true
    const rest = numberedItem(line.text)?.rest ?? bulletItem(line.text) ?? questionPrefix(line.text)
    if (rest === null) continue
    if (asksDirectly(rest)) return { content, asks: true }
    entries++
    if (isTopicLike(rest) && rest.split(/\s+/).length <= SHORT_PHRASE_WORDS) phrases++
  }
  return { content, asks: phrases >= 2 && phrases * 2 >= entries }
}

/**
 * `### 2. **Core Concepts**` over a table, `### 3. **Basic Flask App**` over code: numbered
 * headings, most of them over notes, are a numbered list of study cards even when few ask.
 * A heading over questions of its own (`### 15. Interview Questions` over `* What is…?`) is
 * their section.
 */
function markNumberedNotes(doc: Doc, list: readonly number[], asking: Uint8Array): void {
  const bodies = list.map((i) => headingBody(doc, i))
  const withNotes = bodies.filter((b) => b.content && !b.asks).length
  if (withNotes < MIN_RUN || withNotes < list.length * NOTES_SHARE) return
  list.forEach((i, k) => {
    // Under a question heading, deeper headings are parts of its answer, not cards.
    const parent = parentHeading(doc, i)
    if (parent >= 0 && asking[parent] === 1) return
    if (bodies[k]!.content && !bodies[k]!.asks) asking[i] = 1
  })
}

const memo = new WeakMap<Doc, Uint8Array>()

/** True when the heading on line `index` is a question (see the rule above). */
export function isQuestionHeading(doc: Doc, index: number): boolean {
  let asking = memo.get(doc)
  if (!asking) {
    asking = compute(doc)
    memo.set(doc, asking)
  }
  return asking[index] === 1
}
