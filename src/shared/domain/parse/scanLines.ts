/**
 * Splits a document into lines and records, once, the facts every format module asks about:
 * indentation, fenced code (so `# comment` inside Python is never a heading), ATX and setext
 * headings, the document title. Everything here is linear in the document size.
 */

import { dividerHeading } from './dividerHeadings'
import { markInertLines } from './inertLines'

/** A heading as written: level 1-6 and its raw text (decoration removed later). */
export interface Heading {
  level: number
  text: string
}

/** One physical line with the facts the format modules need. */
export interface Line {
  /** 0-based; source lines reported to users are `index + 1`. */
  index: number
  /** As written; a fence opened on a list item's line (`- ```bash`) has its marker blanked. */
  raw: string
  /** `raw` without leading/trailing whitespace. */
  text: string
  /** Leading columns; a tab advances to the next multiple of 4. */
  indent: number
  blank: boolean
  /** Inside a closed fenced code block, fence lines included. */
  code: boolean
  /** Opening or closing line of a fenced code block. */
  fence: 'open' | 'close' | null
  /** ATX heading on this line, or the text line of a setext heading. */
  heading: Heading | null
  /** The `===`/`---` underline of a setext heading: part of the heading above. */
  underline: boolean
  /** An HTML comment or front matter: no format reads it (see `inertLines`). */
  inert: boolean
  /** Memo: is this line a heading, rule, banner or date (see `readAnswer`)? */
  structural: boolean | undefined
  /** Memo: does this line's item text read as a question (see `readAnswer`)? */
  asks: boolean | undefined
}

/** A scanned document. */
export interface Doc {
  lines: Line[]
  /** `nextNonBlank[i]`: first non-blank line at or after i (`lines.length` if none). */
  nextNonBlank: Int32Array
  /** `nextDetailsClose[i]`: first line at or after i containing `</details>`. */
  nextDetailsClose: Int32Array
  /** The lone `# Title` that opens the document (a title, not a section), or -1. */
  titleIndex: number
}

/** Splits exactly as tests and callers do: on LF, CRLF or a lone CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/)
}

export function measureIndent(raw: string): number {
  let cols = 0
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c === 32) cols++
    else if (c === 9) cols = cols - (cols % 4) + 4
    else break
  }
  return cols
}

// `##Pergunta 1`: GitHub read hashes without the space as a heading before CommonMark, and
// notes written then (or by hand since) still do; two or more hashes before a capital (or an
// uncased script's letter) only, so `#hashtag`, `#include` and an answer key's `###1.` stay text.
const ATX_OPEN = /^ {0,3}(?:(#{1,6})(?:[ \t]+|$)|(#{2,6})(?=[\p{Lu}\p{Lo}]))/u
const FENCE_OPEN = /^\s*(`{3,}|~{3,})([^`]*)$/
const FENCE_CLOSE = /^\s*(`{3,}|~{3,})\s*$/
const SETEXT_UNDERLINE = /^ {0,3}(={3,}|-{3,})[ \t]*$/
// A setext heading's text is a plain line: not a list item, a quote, a table row or a marker.
const NOT_SETEXT_TEXT =
  /^(?:[-*+>|#<]|\d{1,4}[.)]\s|`{3}|~{3}|(?:q|ques|question)\s*(?:\d+\s*)?[.:)-])/i

function atxHeading(raw: string): Heading | null {
  const m = ATX_OPEN.exec(raw)
  const hashes = m?.[1] ?? m?.[2]
  if (!m || !hashes) return null
  // Closing hashes (`## Title ##`) are decoration; stripped without a backtracking regex.
  const text = raw
    .slice(m[0].length)
    .trim()
    .replace(/(?:^|[ \t])#+$/, '')
    .trim()
  // `# # #` or `#####` is a decoration, not a heading.
  if (!/[^#\s]/.test(text)) return null
  return { level: hashes.length, text }
}

// Cheap test before the fence regexes, which would otherwise run on every line.
function mayBeFence(line: Line): boolean {
  const c = line.text.charCodeAt(0)
  return c === 96 || c === 126
}

// `- ```bash` / `1. ```python`: a list item whose content is a fenced block. The fence opens
// at the content's column; its closing line sits there too.
const LIST_FENCE_OPEN = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(`{3,}|~{3,})([^`]*)$/

function listFenceOpen(line: Line): RegExpExecArray | null {
  const c = line.text.charCodeAt(0)
  const marker = c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57)
  return marker && (line.text.includes('```') || line.text.includes('~~~'))
    ? LIST_FENCE_OPEN.exec(line.raw)
    : null
}

function markFences(lines: Line[]): void {
  const n = lines.length
  // Longest closing fence at or after i, per fence character: an opening fence that nothing
  // closes is treated as text, so one stray ``` cannot swallow the rest of the document.
  const maxTick = new Int32Array(n + 1)
  const maxTilde = new Int32Array(n + 1)
  for (let i = n - 1; i >= 0; i--) {
    maxTick[i] = maxTick[i + 1] ?? 0
    maxTilde[i] = maxTilde[i + 1] ?? 0
    const m = mayBeFence(lines[i]!) ? FENCE_CLOSE.exec(lines[i]!.raw) : null
    if (m && m[1]) {
      if (m[1][0] === '`') maxTick[i] = Math.max(maxTick[i]!, m[1].length)
      else maxTilde[i] = Math.max(maxTilde[i]!, m[1].length)
    }
  }
  let i = 0
  while (i < n) {
    const inList = mayBeFence(lines[i]!) ? null : listFenceOpen(lines[i]!)
    const m = inList
      ? inList.slice(1)
      : mayBeFence(lines[i]!)
        ? FENCE_OPEN.exec(lines[i]!.raw)
        : null
    const marker = m?.[1]
    if (!marker) {
      i++
      continue
    }
    const tick = marker[0] === '`'
    const available = (tick ? maxTick : maxTilde)[i + 1] ?? 0
    if (available < marker.length) {
      i++
      continue
    }
    let j = i + 1
    for (; j < n; j++) {
      const c = FENCE_CLOSE.exec(lines[j]!.raw)
      if (c && c[1] && c[1][0] === marker[0] && c[1].length >= marker.length) break
    }
    for (let k = i; k <= j && k < n; k++) lines[k]!.code = true
    lines[i]!.fence = 'open'
    // The item's marker is not code: blanked, the fence keeps its column for the answer.
    if (inList)
      lines[i]!.raw = ' '.repeat(inList[1]!.length) + lines[i]!.raw.slice(inList[1]!.length)
    if (j < n) lines[j]!.fence = 'close'
    i = j + 1
  }
}

function markSetext(lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!
    const under = lines[i + 1]!
    const u = under.text.charCodeAt(0)
    if (u !== 61 && u !== 45) continue
    if (line.blank || line.code || line.inert || line.heading || line.underline || under.code)
      continue
    const m = SETEXT_UNDERLINE.exec(under.raw)
    if (!m || !m[1]) continue
    if (line.indent >= 4 || NOT_SETEXT_TEXT.test(line.text)) continue
    // Only a one-line paragraph becomes a heading, so a list of loose lines keeps its lines.
    const prev = i > 0 ? lines[i - 1]! : null
    if (prev && !prev.blank && !prev.heading && !/^[-_=*#~+\s]{3,}$/.test(prev.raw)) continue
    line.heading = { level: m[1][0] === '=' ? 1 : 2, text: line.text }
    under.underline = true
    i++
  }
}

const DASH_RULE = /^ {0,3}(?:-{3,}|={3,})[ \t]*$/

// `# Deadlock nedir ??` over a `-----` line (common in text notes): the rule underlines the
// heading, it does not end the section or the answer below it.
function markRuleUnderAtx(lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!
    const under = lines[i + 1]!
    if (!line.heading || line.underline || line.code || under.code || under.inert) continue
    const u = under.text.charCodeAt(0)
    if ((u === 45 || u === 61) && DASH_RULE.test(under.raw)) under.underline = true
  }
}

// A line holding only `<br />` tags is spacing in a README (between an exercise and its sample
// input, say): it separates like a blank line and must not end an answer.
const LINE_BREAKS = /^(?:<br ?\/?>[ \t]?){1,8}$/i
function isLineBreakOnly(trimmed: string): boolean {
  return trimmed.length <= 48 && trimmed.charCodeAt(0) === 60 && LINE_BREAKS.test(trimmed)
}

const BOLD_TAG_OPEN = /^<(?:b|strong)>/i
const BOLD_TAG_CLOSE = /<\/(?:b|strong)>$/i

// `<b>1. What is X?</b>` (HTML pasted into Markdown) reads as `**1. What is X?**`; the raw line
// is kept as written for answers.
function boldTagsToMarkdown(text: string): string {
  if (text.charCodeAt(0) !== 60) return text
  const open = BOLD_TAG_OPEN.exec(text)
  if (!open) return text
  const inner = text.slice(open[0].length)
  const close = BOLD_TAG_CLOSE.exec(inner)
  return close ? `**${inner.slice(0, close.index)}**` : `**${inner}`
}

// `- \[x] PUT`: a checkbox some editors escape on export, read as the `- [x] PUT` it shows as.
const ESCAPED_CHECKBOX = /^([ \t]*[-*+][ \t]+)\\\[([ xX])\\?\]/

function unescapeCheckbox(raw: string): string {
  return raw.includes('\\[') ? raw.replace(ESCAPED_CHECKBOX, '$1[$2]') : raw
}

const LIST_ITEM_TAG = /^<li(?:[ \t][^<>]{0,200})?>[ \t]*(\S.*?)[ \t]*(?:<\/li>)?$/i

// `<li>What is X?</li>` (an HTML list in Markdown) reads as the `- What is X?` it shows as.
function listItemTagToMarkdown(text: string): string {
  if (text.charCodeAt(0) !== 60 || text.length > 2000) return text
  const m = LIST_ITEM_TAG.exec(text)
  return m && !m[1]!.startsWith('<') ? `- ${m[1]}` : text
}

/** Scans a document's text (any line endings) into lines with their structural facts. */
export function scanDocument(text: string): Doc {
  const raws = splitLines(text).map(unescapeCheckbox)
  const lines: Line[] = raws.map((raw, index) => {
    const trimmed = listItemTagToMarkdown(boldTagsToMarkdown(raw.trim()))
    return {
      index,
      raw,
      text: trimmed,
      indent: measureIndent(raw),
      blank: trimmed === '' || isLineBreakOnly(trimmed),
      code: false,
      fence: null,
      heading: null,
      underline: false,
      inert: false,
      structural: undefined,
      asks: undefined
    }
  })
  markFences(lines)
  markInertLines(lines)
  for (const line of lines) {
    if (line.code || line.inert || line.blank) continue
    if (line.text.charCodeAt(0) === 35) line.heading = atxHeading(line.raw)
    line.heading ??= dividerHeading(line.text)
  }
  markSetext(lines)
  markRuleUnderAtx(lines)

  const n = lines.length
  const nextNonBlank = new Int32Array(n + 1)
  const nextDetailsClose = new Int32Array(n + 1)
  nextNonBlank[n] = n
  nextDetailsClose[n] = n
  for (let i = n - 1; i >= 0; i--) {
    const line = lines[i]!
    nextNonBlank[i] = line.blank ? nextNonBlank[i + 1]! : i
    nextDetailsClose[i] =
      line.raw.includes('</') && /<\/details>/i.test(line.raw) ? i : nextDetailsClose[i + 1]!
  }

  let titleIndex = -1
  // Comments and front matter above the title do not stop it being the title.
  let top = nextNonBlank[0]!
  while (top < n && lines[top]!.inert) top = nextNonBlank[top + 1]!
  const first = lines[top]
  if (first?.heading?.level === 1) {
    let h1 = 0
    for (const line of lines) if (line.heading?.level === 1) h1++
    if (h1 === 1) titleIndex = first.index
  }
  return { lines, nextNonBlank, nextDetailsClose, titleIndex }
}
