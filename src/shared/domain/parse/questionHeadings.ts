/**
 * Decides which Markdown headings ask a question. A heading asks when its own words do
 * ("## 3. What is a Fixture?"), or when it stands in a run of sibling headings that mostly ask
 * and it is numbered or has an answer under it (for numbered headings, half of the numbered
 * siblings asking is enough): in a README of "## N. Question" headings,
 * "## 9. Django Templating Language" and "### About Python's GIL" (with prose below) are
 * questions too, while a "### Key Features" under one question is part of its answer.
 */

import { looksLikeQuestion } from './classifyText'
import { cleanPrompt } from './cleanText'
import { labelOf } from './labels'
import { NUMBERING, questionPrefix } from './lineShapes'
import type { Doc } from './scanLines'
import { markTopicHeadings } from './topicHeadings'

// A run must be long enough, and asking enough, to speak for its odd members.
const MIN_RUN = 3
const ASKING_SHARE = 0.75

const LABEL_ONLY = /^(?:\*\*)?(?:q|ques|question)[ \t]*(?:#[ \t]*)?\d{1,4}[.:)]?(?:\*\*)?$/i

/**
 * `### Question 3` over `What is a signal?`: a heading that only numbers the question on the
 * line below. Returns that line's index, else -1.
 */
export function labelledQuestionLine(doc: Doc, index: number): number {
  const line = doc.lines[index]
  if (!line?.heading) return -1
  const label = LABEL_ONLY.test(line.heading.text) ? null : labelOf(line.heading.text)
  if (!LABEL_ONLY.test(line.heading.text) && label?.role !== 'question') return -1
  const start = index + (doc.lines[index + 1]?.underline ? 2 : 1)
  const k = doc.nextNonBlank[start] ?? doc.lines.length
  const below = doc.lines[k]
  if (!below || below.code || below.inert || below.heading || below.underline) return -1
  return looksLikeQuestion(cleanPrompt(below.text)) ? k : -1
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

/** The prompt a heading would give: numbering and `Q.` markers removed, cleaned. */
export function headingPrompt(text: string): string {
  const numberless = text.replace(NUMBERING, '')
  return cleanPrompt(questionPrefix(numberless) ?? numberless)
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
    if (labelledQuestionLine(doc, line.index) >= 0 || labelledAbove(doc, line.index))
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
  for (const list of byLevel.values()) {
    if (list.length < MIN_RUN) continue
    const askedNumbered = list.filter((i) => asking[i] === 1).length
    if (askedNumbered * 2 >= list.length) for (const i of list) asking[i] = 1
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
  // Course notes: no heading asks, but each names a topic with prose under it.
  markTopicHeadings(doc, asking)
  return asking
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
