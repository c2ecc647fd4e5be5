/**
 * `### 1. What is OOP?` followed by `Answer:` and a body, or any Markdown heading that is itself
 * a question: the heading is the prompt, everything up to the next heading or rule the answer.
 */

import { splitAtAnswerDisclosure } from '../answerDisclosure'
import type { BlockFormat, BlockResult } from '../blockFormat'
import { buildAnswer } from '../buildAnswer'
import { looksLikeQuestion } from '../classifyText'
import { hasQuestionMark } from '../interrogatives'
import { labelOf, labelledLine } from '../labels'
import { cleanPrompt, extractLinks } from '../cleanText'
import {
  answerMarker,
  bulletItem,
  checkbox,
  isBoldQuestion,
  isFiller,
  isSeparator,
  numberedItem,
  questionPrefix
} from '../lineShapes'
import {
  headingPrompt,
  isNumberLabel,
  isQuestionHeading,
  labelledQuestionLine,
  promptParagraph,
  taskListPrompt
} from '../questionHeadings'
import { isStructural } from '../readAnswer'
import type { Doc, Line } from '../scanLines'
import { taggedStatement } from '../taggedStatement'
import { continuationLine } from '../headingContinuation'
import { continuesNumbering, headingNumber } from '../numberRuns'

const BOLD_LINE = /^\*\*([^*]+)\*\*$/

// A `Q2.` line, a bold (numbered) question or a checklist entry with a question mark starts the next
// question, heading or not. Plain numbered lines do not: answers hold numbered lists, and a
// quiz's `- [ ]`/`- [x]` options belong to its question.
function startsOtherQuestion(line: Line): boolean {
  if (line.code || line.blank) return false
  if (questionPrefix(line.text) !== null) return true
  const item = numberedItem(line.text)
  const rest = item?.rest ?? bulletItem(line.text)
  const box = rest !== null ? checkbox(rest) : null
  if (box && hasQuestionMark(box.rest)) return true
  if (item && item.rest.startsWith('**') && looksLikeQuestion(item.rest)) return true
  const bold = BOLD_LINE.exec(line.text)
  // `**When to use each:**` introduces a part of the answer, like a heading ending in a colon.
  return !!bold && !!bold[1] && looksLikeQuestion(bold[1]) && !introducesPart(bold[1])
}

function isSubheading(doc: Doc, index: number, level: number): boolean {
  const line = doc.lines[index]!
  if (line.code) return false
  if (line.underline) {
    const above = doc.lines[index - 1]
    return !!above?.heading && above.heading.level > level && !isQuestionHeading(doc, index - 1)
  }
  if (!line.heading || line.heading.level <= level) return false
  return !isQuestionHeading(doc, index) || introducesPart(line.heading.text)
}

// `### Why important for ML:` under a question introduces a part of its answer: a colon, no
// question mark.
function introducesPart(text: string): boolean {
  const t = text.replace(/[*_\s]+$/, '')
  return /[:：]$/.test(t) && !hasQuestionMark(t)
}

// How far to look for the second entry of a numbered list (its first entry's answer between).
const LIST_LOOKAHEAD = 40

function asksWithMark(text: string): boolean {
  const rest = numberedItem(text)?.rest
  return !!rest && cleanPrompt(rest).endsWith('?')
}

// `1. What is CSRF?` … `2. What is XSS?` after a blank line: a new list of questions, not a
// numbered list inside this answer.
function startsQuestionList(doc: Doc, index: number): boolean {
  const line = doc.lines[index]!
  if (line.code || line.indent > 0 || !doc.lines[index - 1]?.blank) return false
  if (numberedItem(line.text)?.n !== 1 || !asksWithMark(line.text)) return false
  const limit = Math.min(doc.lines.length, index + LIST_LOOKAHEAD)
  for (let j = index + 1; j < limit; j++) {
    const next = doc.lines[j]!
    if (next.blank || next.code || next.indent > 0) continue
    if (numberedItem(next.text)) return asksWithMark(next.text)
  }
  return false
}

// Filler closes a chat answer when nothing but more filler follows it before the next
// heading or rule (looked at over a bounded window).
const FILLER_WINDOW = 12

function closesChat(doc: Doc, index: number): boolean {
  const limit = Math.min(doc.lines.length, index + FILLER_WINDOW)
  for (let j = index + 1; j < limit; j++) {
    const line = doc.lines[j]!
    if (line.blank) continue
    if (line.code || !(isStructural(line) || isFiller(line.text))) return false
    if (isStructural(line)) return true
  }
  return true
}

function labelsAnswer(line: Line): boolean {
  if (line.code || !line.heading) return false
  return labelOf(line.heading.text)?.role === 'answer'
}

function ruleBeforeSubheading(doc: Doc, index: number, level: number): boolean {
  const k = doc.nextNonBlank[index + 1] ?? doc.lines.length
  return k < doc.lines.length && isSubheading(doc, k, level)
}

/**
 * Under a label heading, a lead-in ending in `:` (`**Consider the code:**`), the material it
 * introduces (one fenced block) and then the bold line that asks: the question goes on there.
 */
function questionAfterMaterial(
  doc: Doc,
  leadIn: { text: string; next: number }
): { text: string; material: string[]; next: number } | null {
  if (!/[:：][*_]*$/.test(leadIn.text.trim())) return null
  const lines = doc.lines
  const open = doc.nextNonBlank[leadIn.next] ?? lines.length
  if (lines[open]?.fence !== 'open') return null
  let close = open + 1
  while (close < lines.length && lines[close]!.fence !== 'close') close++
  const k = doc.nextNonBlank[close + 1] ?? lines.length
  const asking = lines[k]
  if (close >= lines.length || !asking || asking.code || !isBoldQuestion(asking.text)) return null
  const material = lines.slice(open, close + 1).map((l) => l.raw)
  return { text: asking.text, material, next: k + 1 }
}

// `**S:** GROUP BY ne ise yarar?` under `### Soru 3.15.1`: the label is not part of the prompt.
function unlabelled(text: string): string {
  const labelled = labelledLine(text)
  return labelled?.role === 'question' && labelled.rest !== '' ? labelled.rest : text
}

/** Reads a question heading and its body; null for headings that name a section. */
export function readHeadingQuestion(doc: Doc, index: number): BlockResult | null {
  const lines = doc.lines
  const line = lines[index]!
  if (!line.heading || line.code || !isQuestionHeading(doc, index)) return null
  const level = line.heading.level
  // `### Question 3` names the question on the line below; that line is the prompt.
  const labelled = labelledQuestionLine(doc, index)
  const promptLine = labelled >= 0 ? labelled : index
  // Under a label heading the question is the paragraph below, however many lines it wraps.
  const paragraph =
    labelled >= 0
      ? (taskListPrompt(doc, labelled) ??
        (isNumberLabel(line.heading.text)
          ? promptParagraph(doc, labelled)
          : (taggedStatement(doc, labelled) ?? promptParagraph(doc, labelled))))
      : null
  // `**Consider the code:**`, a fence, `**Which call raises?**`: one question around its code.
  const stem = paragraph ? questionAfterMaterial(doc, paragraph) : null
  // A line right under the heading that asks too is the rest of the question.
  const continued = labelled < 0 ? continuationLine(doc, index) : -1
  const prompt = paragraph
    ? cleanPrompt(unlabelled(paragraph.text)) + (stem ? ` ${cleanPrompt(stem.text)}` : '')
    : continued >= 0
      ? `${headingPrompt(line.heading.text)} ${cleanPrompt(lines[continued]!.text)}`
      : headingPrompt(line.heading.text)
  if (prompt === '') return null

  const bodyStart = paragraph
    ? (stem?.next ?? paragraph.next)
    : continued >= 0
      ? continued + 1
      : index + (lines[index + 1]?.underline ? 2 : 1)
  let end = bodyStart
  // `## 25. …` then a plain `26. …?` line: the numbering runs on into the next question.
  const number = headingNumber(line.heading.text)
  let lastFilled = bodyStart - 1
  // `### Back` / `## Answer` headings label this question's answer: their lines are left out.
  const labels = new Set<number>()
  for (; end < lines.length; end++) {
    const body = lines[end]!
    if (labelsAnswer(body)) {
      labels.add(end)
      lastFilled = end
      continue
    }
    // A deeper heading that does not ask ("### Key Features") is part of this answer.
    if (isSubheading(doc, end, level)) {
      lastFilled = end
      continue
    }
    // A rule right under the heading (`### Title`, blank, `<hr>`) underlines it: layout.
    if (!body.code && isSeparator(body.text) && lastFilled === bodyStart - 1) {
      labels.add(end)
      continue
    }
    // A rule between the answer's own subsections (`---` then `#### 2. Inheritance`) is layout.
    if (!body.code && isSeparator(body.text) && ruleBeforeSubheading(doc, end, level)) continue
    if (isStructural(body) || startsOtherQuestion(body) || startsQuestionList(doc, end)) break
    if (continuesNumbering(number, body)) break
    // Chat filler after the last answer ("Let me know if…") is not part of it; "Certainly!
    // Django is…" opening the answer is.
    if (!body.code && body.indent === 0 && isFiller(body.text) && closesChat(doc, end)) break
    if (!body.blank) lastFilled = end
  }

  const raw: string[] = []
  for (let j = bodyStart; j <= lastFilled; j++) if (!labels.has(j)) raw.push(lines[j]!.raw)
  // `Answer:` on the first body line is a label; text after it starts the answer.
  let inlineFirst = false
  const firstIdx = raw.findIndex((r) => r.trim() !== '')
  if (firstIdx >= 0 && !lines[bodyStart + firstIdx]!.code) {
    const rest = answerMarker(raw[firstIdx]!.trim())
    if (rest !== null) {
      raw.splice(0, firstIdx + 1, rest)
      inlineFirst = true
    }
  }
  const text = raw.join('\n')
  // Material, then `<details><summary>Answer</summary>`: the answer starts at the disclosure.
  const disclosed = splitAtAnswerDisclosure(raw)
  const detail = disclosed
    ? buildAnswer(disclosed.material)
    : stem
      ? buildAnswer(stem.material)
      : null
  return {
    items: [
      {
        kind: 'question',
        prompt,
        answer: disclosed ? buildAnswer(disclosed.answer) : buildAnswer(raw, { inlineFirst }),
        line: promptLine,
        checked: null,
        links: extractLinks(line.heading.text + '\n' + text),
        ...(detail !== null ? { detail } : {})
      }
    ],
    next: Math.max(lastFilled + 1, bodyStart),
    section: { type: 'close', level }
  }
}

/** Headings that ask a question. */
export const headingQuestionFormat: BlockFormat = {
  name: 'heading-question',
  read: (doc, index) => readHeadingQuestion(doc, index)
}
