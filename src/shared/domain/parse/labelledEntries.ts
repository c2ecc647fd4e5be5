/**
 * List entries that carry their own role labels. Chat exports often number a question and its
 * answer as two items of one list (`1. **Question**: What…?` / `2. **Answer**: It…`), because
 * the Markdown renderer renumbered them: the answer entry is the question entry's answer, not
 * an item of its own. A question entry keeps only the text after its label.
 */

import { asksDirectly } from './classifyText'
import { labelledLine } from './labels'
import { isBoldQuestion } from './lineShapes'
import type { Doc } from './scanLines'
import type { ListEntry } from './readList'

/** Entries with each `Question:` entry answered by the `Answer:` entry right after it. */
export function pairLabelledEntries(entries: readonly ListEntry[]): ListEntry[] {
  const out: ListEntry[] = []
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k]!
    const asked = labelledLine(entry.rest)
    if (asked?.role !== 'question' || asked.rest === '') {
      out.push(entry)
      continue
    }
    const next = entries[k + 1]
    const reply = next && entry.answer === null ? labelledLine(next.rest) : null
    if (!next || reply?.role !== 'answer' || reply.rest === '') {
      out.push({ ...entry, rest: asked.rest })
      continue
    }
    // The answer entry's own lines below it go on from its labelled first line.
    const answer = next.answer === null ? reply.rest : `${reply.rest}\n\n${next.answer}`
    out.push({
      ...entry,
      rest: asked.rest,
      answer,
      links: [...entry.links, ...next.links]
    })
    k++
  }
  return out
}

// The renumbered answer's last bullet may be the next question, demoted with it.
const BOLD_BULLET = /^[ \t]*(?:[-*+][ \t]+)?(\*\*.+)$/

function demotedQuestion(answer: string): { answer: string; question: string } | null {
  const cut = answer.lastIndexOf('\n')
  const last = BOLD_BULLET.exec(answer.slice(cut + 1))?.[1]
  if (cut < 0 || !last || !isBoldQuestion(last)) return null
  return { answer: answer.slice(0, cut).trimEnd(), question: last }
}

function lineOf(doc: Doc, from: number, text: string): number {
  const limit = Math.min(doc.lines.length, from + DEMOTED_LOOKAHEAD)
  for (let j = from; j < limit; j++) {
    const line = doc.lines[j]!
    if (!line.code && line.text.endsWith(text)) return j
  }
  return -1
}

// How far below its entry a demoted question's line is looked for.
const DEMOTED_LOOKAHEAD = 200

function isFoldable(entries: readonly ListEntry[], bold: readonly boolean[]): boolean {
  const heads = bold.filter(Boolean).length
  if (heads < 2 || !bold[0]) return false
  return entries.every((e, k) =>
    bold[k] ? e.answer === null && bold[k + 1] === false : !asksDirectly(e.rest)
  )
}

/**
 * `1. **Describe a project…?**` / `2. Worked on…` / `3. Role: Lead…` / `4. **Tell me…?**`: a
 * list of bold questions whose plain answer lines a renderer renumbered into the same list.
 * The plain entries after a bold question are its answer, and a bold question left as the
 * last sub-bullet of one is the next question. Only when at least two bold questions, none
 * answered on its own, each head a run of plain entries that do not ask.
 */
export function foldRenumberedAnswers(doc: Doc, entries: readonly ListEntry[]): ListEntry[] {
  const bold = entries.map((e) => isBoldQuestion(e.rest))
  if (!isFoldable(entries, bold)) return [...entries]
  const out: ListEntry[] = []
  let parts: string[] = []
  const close = (): void => {
    const head = out[out.length - 1]
    if (head && parts.length > 0) head.answer = parts.join('\n')
    parts = []
  }
  entries.forEach((e, k) => {
    if (bold[k]) {
      close()
      out.push({ ...e, links: [...e.links] })
      return
    }
    const below = e.answer === null ? '' : `\n${e.answer.replace(/^/gm, '  ')}`
    const demoted = demotedQuestion(`- ${e.rest}${below}`)
    const line = demoted ? lineOf(doc, e.line + 1, demoted.question) : -1
    if (!demoted || line < 0) {
      parts.push(`- ${e.rest}${below}`)
      return
    }
    parts.push(demoted.answer)
    close()
    out.push({ ...e, rest: demoted.question, line, answer: null, links: [] })
  })
  close()
  return out
}
