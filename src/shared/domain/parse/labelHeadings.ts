/**
 * Headings that only label the question written under them, in shapes beyond `### Question 3`:
 * - a label that is a link (`## [Άσκηση 1](../source/if_exercise_1.py)`: the heading links to
 *   the solution file) reads as its link text;
 * - a bilingual label (`### Question 1 / คำถามที่ 1`) reads as its first half when every half
 *   is a label of the same role;
 * - a run of numbered topic headings (`### 1. Giriş`, `### 2. Değişkenler`, …) each with a
 *   question as the paragraph right under it: the heading names the topic of the question, the
 *   paragraph is the question. Judged over all numbered headings at that level, so one
 *   rhetorical question under a section heading does not turn the section into a label.
 */

import { looksLikeQuestion } from './classifyText'
import { cleanPrompt, POINTS } from './cleanText'
import { labelOf } from './labels'
import { NUMBERING } from './lineShapes'
import type { Doc } from './scanLines'

// The whole heading is one link: `[text](target)`, or bold around it.
const WHOLE_LINK = /^(?:\*\*)?\[([^\][]{1,80})\]\([^()\s]{0,300}\)(?:\*\*)?$/
const HALVES = / [/|] /

/**
 * A heading's text as a label would read: link unwrapped, an exam's marks dropped, a
 * bilingual label's first half.
 */
export function headingLabelText(text: string): string {
  const trimmed = text.trim()
  // Matched on the tail only: the pattern's leading spaces would rescan a long heading.
  const cut = Math.max(0, trimmed.length - 24)
  const unmarked = trimmed.slice(0, cut) + trimmed.slice(cut).replace(POINTS, '')
  const t = unmarked !== trimmed && labelOf(unmarked) !== null ? unmarked : trimmed
  const link = WHOLE_LINK.exec(t)
  const plain = link?.[1]?.trim() ?? t
  if (plain.length > 120 || !HALVES.test(plain)) return plain
  const halves = plain.split(HALVES)
  if (halves.length !== 2) return plain
  const roles = halves.map((h) => labelOf(h.trim())?.role)
  return roles[0] !== undefined && roles[0] === roles[1] ? halves[0]!.trim() : plain
}

// A topic's name: a few words after the number, not a sentence.
const MAX_TOPIC_WORDS = 6
const MIN_RUN = 3
const RUN_SHARE = 0.75

/** The first paragraph line under a heading, when it is plain text (not a list, quote, code). */
function lineBelow(doc: Doc, index: number): number {
  const start = index + (doc.lines[index + 1]?.underline ? 2 : 1)
  const k = doc.nextNonBlank[start] ?? doc.lines.length
  const below = doc.lines[k]
  if (!below || below.code || below.inert || below.heading || below.underline) return -1
  if (/^[-*+>|<]|^\d{1,3}[.)]\s/.test(below.text)) return -1
  return k
}

function topicLabelShape(doc: Doc, index: number): number {
  // The cheap test first: most headings have no paragraph right under them.
  const k = lineBelow(doc, index)
  if (k < 0) return -1
  const text = doc.lines[index]!.heading!.text
  const m = NUMBERING.exec(text)
  if (!m) return -1
  const title = cleanPrompt(text.slice(m[0].length))
  if (title === '' || title.split(/\s+/).length > MAX_TOPIC_WORDS || looksLikeQuestion(title))
    return -1
  return looksLikeQuestion(cleanPrompt(doc.lines[k]!.text)) ? k : -1
}

function computeTopicLabels(doc: Doc): Map<number, number> {
  const byLevel = new Map<number, number[]>()
  for (const line of doc.lines) {
    if (!line.heading || line.code || line.inert || !NUMBERING.test(line.heading.text)) continue
    const list = byLevel.get(line.heading.level)
    if (list) list.push(line.index)
    else byLevel.set(line.heading.level, [line.index])
  }
  const found = new Map<number, number>()
  for (const list of byLevel.values()) {
    if (list.length < MIN_RUN) continue
    const shaped = list.map((i) => [i, topicLabelShape(doc, i)] as const).filter(([, k]) => k >= 0)
    if (shaped.length < list.length * RUN_SHARE) continue
    for (const [i, k] of shaped) found.set(i, k)
  }
  return found
}

const memo = new WeakMap<Doc, Map<number, number>>()

/**
 * `### 1. Giriş` over `Python kodlarını … motorun adı nedir?`, in a run of such headings: the
 * index of the question line under the heading on line `index`, else -1.
 */
export function topicLabelledQuestionLine(doc: Doc, index: number): number {
  let found = memo.get(doc)
  if (!found) {
    found = computeTopicLabels(doc)
    memo.set(doc, found)
  }
  return found.get(index) ?? -1
}

const parents = new WeakMap<Doc, Int32Array>()

/**
 * The heading each heading sits under (the nearest shallower one above it), or -1; one pass
 * over the document, memoised.
 */
export function parentHeading(doc: Doc, index: number): number {
  let parent = parents.get(doc)
  if (!parent) {
    parent = new Int32Array(doc.lines.length).fill(-1)
    const open: number[] = []
    for (const line of doc.lines) {
      if (!line.heading || line.code || line.inert) continue
      const level = line.heading.level
      for (let l = level - 1; l >= 1; l--) {
        const p = open[l]
        if (p !== undefined) {
          parent[line.index] = p
          break
        }
      }
      open.length = level
      open[level] = line.index
    }
    parents.set(doc, parent)
  }
  return parent[index] ?? -1
}
