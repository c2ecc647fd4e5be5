/**
 * A chat assistant's answer copied with its wrapper: the whole document inside a ```markdown
 * fence (often left unclosed, or "closed" by the first fence inside it). What the user sees
 * and means is the Markdown in it, so the opening line (and a bare closing fence on the last
 * line) are blanked out, keeping every other line where it was.
 */

const OPENER = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*(?:markdown|md|mdx|gfm)[ \t]*$/i

/** `text` with a document-wide Markdown fence's own lines blanked; else `text` itself. */
export function unwrapMarkdownFence(text: string): string {
  const start = /^\s*/.exec(text)![0].length
  const end = text.indexOf('\n', start)
  const first = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '')
  const opener = OPENER.exec(first)
  if (!opener) return text
  let out = text.slice(0, start) + text.slice(start + first.length)
  const trimmed = out.trimEnd()
  const lastBreak = trimmed.lastIndexOf('\n')
  const last = trimmed.slice(lastBreak + 1).trim()
  const fence = opener[1]!
  if (last.length >= fence.length && last === fence[0]!.repeat(last.length))
    out = trimmed.slice(0, lastBreak + 1) + out.slice(trimmed.length)
  return out
}
