/**
 * Org-mode notes (Emacs), often saved as `.txt`: `* Heading` stars for levels, `#+BEGIN_SRC
 * python` … `#+END_SRC` blocks, `#+TITLE:` keywords. Read as the Markdown they mean, line for
 * line (so source lines stay right): stars become `#` headings, blocks become fences, keyword
 * lines the title or nothing. Only a document with `#+` keyword lines is taken for org, since a
 * Markdown list item (`* item`) looks like an org heading.
 */

const KEYWORD = /^[ \t]*#\+([A-Za-z_]+)(?::[ \t]*(.*)|[ \t]+(.*)|[ \t]*)$/
const HEADING = /^(\*{1,6})[ \t]+(\S.*)$/
// `** TODO [#A] Task :tag:` keeps only the words.
const TODO = /^(?:TODO|DONE)\s+(?:\[#[A-C]\]\s+)?/
const TAGS = /\s+:[\w@#%:]+:\s*$/

const MARKDOWN_FENCE = /^[ \t]*(?:```|~~~)/
const OPENS = new Set(['begin_src', 'begin_example'])
const CLOSES = new Set(['end_src', 'end_example'])

/** True when the text is org-mode: it has block or keyword lines (`#+BEGIN_SRC`, `#+TITLE:`). */
export function looksLikeOrg(lines: readonly string[]): boolean {
  // A Markdown note about org-mode shows such lines in a fence: those do not count.
  let fenced = false
  for (const line of lines) {
    if (MARKDOWN_FENCE.test(line)) fenced = !fenced
    if (fenced) continue
    const name = KEYWORD.exec(line)?.[1]?.toLowerCase()
    if (name !== undefined && (OPENS.has(name) || name === 'title')) return true
  }
  return false
}

/** The org document's lines as Markdown lines, one for one. */
export function orgToMarkdown(lines: readonly string[]): string[] {
  const out = [...lines]
  let open = -1
  for (let i = 0; i < lines.length; i++) {
    const keyword = KEYWORD.exec(lines[i]!)
    const name = keyword?.[1]?.toLowerCase()
    if (open >= 0) {
      if (name === undefined || !CLOSES.has(name)) continue
      out[i] = '```'
      dedent(out, open + 1, i)
      open = -1
    } else if (keyword && name !== undefined) {
      const value = (keyword[2] ?? keyword[3] ?? '').trim()
      if (OPENS.has(name)) {
        open = i
        out[i] = '```' + (name === 'begin_src' ? (value.split(/\s+/)[0] ?? '') : '')
      } else out[i] = name === 'title' && value !== '' ? `# ${value}` : ''
    } else {
      const heading = HEADING.exec(lines[i]!)
      if (heading) {
        const text = heading[2]!.replace(TODO, '').replace(TAGS, '')
        out[i] = `${'#'.repeat(heading[1]!.length)} ${text}`
      }
    }
  }
  return out
}

// Org indents a block's code under its `#+BEGIN_SRC` line; the fence holds it unindented.
function dedent(lines: string[], from: number, to: number): void {
  let common = Infinity
  for (let i = from; i < to; i++) {
    const line = lines[i]!
    if (line.trim() !== '') common = Math.min(common, line.length - line.trimStart().length)
  }
  if (common === Infinity || common === 0) return
  for (let i = from; i < to; i++) lines[i] = lines[i]!.slice(Math.min(common, lines[i]!.length))
}
