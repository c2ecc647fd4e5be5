/**
 * Turns the raw lines under a question into the reference answer's Markdown: indentation
 * normalised (so a fence nested under `   - ` renders as code, not as an indented paragraph),
 * fences kept with their language, disclosure HTML (`<details>`, `<summary>`) removed.
 */

import { dropBadgesBeforeDisclosure, dropSummary } from './disclosureHtml'
import { SPACE_ENTITY } from './cleanText'
import { fenceBareCode } from './fenceBareCode'
import { isKramdownMarkup } from './kramdownMarkup'
import { labelOf, labelledLine } from './labels'
import { answerMarker, bulletItem, isNavigationLine } from './lineShapes'
import { afterLabel, unquoteAnswer } from './quotedAnswer'
import { measureIndent } from './scanLines'

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})([^`]*)$/
const FENCE_CLOSE = /^\s*(`{3,}|~{3,})\s*$/

function expandLeadingTabs(line: string): string {
  let k = 0
  let tab = false
  for (; k < line.length && (line[k] === ' ' || line[k] === '\t'); k++)
    if (line[k] === '\t') tab = true
  if (k === line.length) return ''
  return tab ? ' '.repeat(measureIndent(line)) + line.slice(k) : line
}

/** Does `line` close a fence opened with `marker` (same character, at least as long)? */
function closes(line: string, marker: string): boolean {
  const run = FENCE_CLOSE.exec(line)?.[1]
  return !!run && run[0] === marker[0] && run.length >= marker.length
}

function removeColumns(line: string, cols: number): string {
  let i = 0
  while (i < cols && line[i] === ' ') i++
  return line.slice(i)
}

// Inline HTML that chat exports wrap answers in; converted to Markdown, never kept raw.
function htmlToMarkdown(line: string): string {
  if (!line.includes('<')) return line
  return dropSummary(line)
    .replace(/<\/?(?:details|summary|div|span|p|section|blockquote)\b[^<>]*>/gi, '')
    .replace(/<br\s*\/?>/gi, '')
    .replace(/<\/?(?:b|strong)>/gi, '**')
    .replace(/<\/?(?:i|em)>/gi, '_')
    .replace(/<\/?code>/gi, '`')
}

// `&#8195;&#8195;` (em spaces) indent a paragraph the way Chinese text is set; `&nbsp;`
// pads. As text they are spaces; at a line's start, nothing (they must not make it code).
const LEADING_SPACE_ENTITIES = new RegExp(`^((?:[ \\t]|${SPACE_ENTITY.source})+)`, 'i')

function spaceEntitiesToSpaces(line: string): string {
  const lead = LEADING_SPACE_ENTITIES.exec(line)?.[1] ?? ''
  const indent = lead.replace(SPACE_ENTITY, '')
  return indent + line.slice(lead.length).replace(SPACE_ENTITY, ' ')
}

function convertHtmlBlocks(lines: string[]): string[] {
  const out: string[] = []
  let inFence: string | null = null
  for (let line of lines) {
    if (inFence) {
      if (closes(line, inFence)) inFence = null
      out.push(line)
      continue
    }
    const open = FENCE_OPEN.exec(line)
    if (open && open[2]) {
      inFence = open[2]
      out.push(line)
      continue
    }
    // Back-to-top links between answers are page navigation, not answer text; kramdown
    // attribute lines are styling.
    if (isNavigationLine(line.trim()) || isKramdownMarkup(line.trim())) continue
    if (line.includes('&')) line = spaceEntitiesToSpaces(line)
    if (!line.includes('<')) {
      out.push(line)
      continue
    }
    const pre = /^(\s*)<pre>\s*(?:<code(?:\s+class="(?:language-)?([\w+-]+)")?>)?(.*)$/i.exec(line)
    if (pre) {
      out.push(`${pre[1] ?? ''}\`\`\`${pre[2] ?? ''}`)
      if (pre[3] && pre[3].trim()) out.push(pre[3])
      continue
    }
    const preClose = line.toLowerCase().indexOf('</pre>')
    if (preClose >= 0) {
      // Cut by index: a pattern with `\s*` before `</pre>` rescans long runs of spaces.
      const before = line
        .slice(0, preClose)
        .trimEnd()
        .replace(/<\/code>$/i, '')
      if (before.trim()) out.push(before)
      out.push('```')
      continue
    }
    const converted = htmlToMarkdown(line)
    // A line that held only tags disappears instead of leaving a stray blank.
    if (converted.trim() === '' && line.trim() !== '') continue
    out.push(converted)
  }
  return out
}

function dedentFences(lines: string[]): string[] {
  const out: string[] = []
  let fence: { marker: string; indent: number } | null = null
  for (const line of lines) {
    if (fence) {
      out.push(removeColumns(line, fence.indent))
      if (closes(line, fence.marker)) fence = null
      continue
    }
    const open = FENCE_OPEN.exec(line)
    if (open && open[2]) {
      fence = { marker: open[2], indent: (open[1] ?? '').length }
      out.push(line.trimStart())
      continue
    }
    out.push(line)
  }
  // An answer cut off inside a fence still renders: close it.
  if (fence) out.push(fence.marker)
  return out
}

// `- **Answer:** text`, `Solution: text`, `答案：text` opening an answer: the label goes, and so
// does a lone bullet in front of it (the answer was written as a sub-item of its question).
function stripLeadingLabel(lines: string[]): void {
  const k = lines.findIndex((l) => l.trim() !== '')
  if (k < 0) return
  const text = lines[k]!.trim()
  if (/^(?:`{3,}|~{3,})/.test(text)) return
  const bullet = bulletItem(text)
  const body = bullet ?? text
  const label = answerMarker(body) ?? answerLabelRest(body)
  if (label === null) return
  const rest = afterLabel(label)
  if (rest.trim() === '') lines.splice(k, 1)
  else lines[k] = rest
}

function labelRest(text: string): string | null {
  return answerMarker(text) ?? answerLabelRest(text)
}

function answerLabelRest(text: string): string | null {
  const labelled = labelledLine(text)
  if (labelled && labelled.role === 'answer') return labelled.rest
  const only = labelOf(text)
  return only && only.role === 'answer' ? '' : null
}

/**
 * Builds an answer from raw lines. With `inlineFirst`, the first line is text that followed a
 * marker (`Ans- …`) and does not count towards the common indentation of the lines below it.
 * Returns null when nothing but whitespace and markup remains.
 */
export function buildAnswer(
  raw: readonly string[],
  options: { inlineFirst?: boolean } = {}
): string | null {
  let lines = raw.map(expandLeadingTabs)
  const from = options.inlineFirst ? 1 : 0
  let common = Infinity
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!
    if (line !== '') common = Math.min(common, measureIndent(line))
  }
  if (common !== Infinity && common > 0) {
    lines = lines.map((line, i) => (i < from ? line.trimStart() : removeColumns(line, common)))
  } else if (from === 1 && lines[0] !== undefined) {
    lines[0] = lines[0].trimStart()
  }
  lines = convertHtmlBlocks(dropBadgesBeforeDisclosure(lines))
  // A label spliced off the first line (`inlineFirst`) labelled what follows it.
  const labelled = options.inlineFirst === true
  lines = fenceBareCode(dedentFences(unquoteAnswer(lines, labelled, labelRest)))
  stripLeadingLabel(lines)

  const out: string[] = []
  let inFence = false
  for (const line of lines) {
    const trimmed = line.trimEnd()
    if (inFence) {
      if (FENCE_CLOSE.test(trimmed)) inFence = false
      out.push(trimmed)
      continue
    }
    if (FENCE_OPEN.test(trimmed)) inFence = true
    // Outside code, one blank line separates paragraphs; more is noise.
    else if (trimmed === '' && (out.length === 0 || out[out.length - 1] === '')) continue
    out.push(trimmed)
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop()
  const markdown = out.join('\n')
  return markdown.trim() === '' ? null : markdown
}
