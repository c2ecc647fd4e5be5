/**
 * Lexical's Markdown export escapes every `_` in plain text, so `snake_case` lands on disk as
 * `snake\_case`. An underscore between two letters or digits can never open or close emphasis in
 * CommonMark, so those escapes are noise in a file people read and diff: drop them. Code (fenced
 * blocks and backtick spans) is left exactly as written.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const INTRAWORD_ESCAPE = /(?<=[\p{L}\p{N}])\\_(?=[\p{L}\p{N}])/gu

/** Removes `\` before underscores that sit inside a word, outside code. */
export function unescapeIntrawordUnderscores(markdown: string): string {
  let fence: string | null = null
  return markdown
    .split('\n')
    .map((line) => {
      const opener = FENCE.exec(line)?.[1]
      if (fence) {
        if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = null
        return line
      }
      if (opener) {
        fence = opener
        return line
      }
      return outsideCodeSpans(line, (text) => text.replace(INTRAWORD_ESCAPE, '_'))
    })
    .join('\n')
}

// Applies `fix` to the parts of a line that are not inside `code spans`.
function outsideCodeSpans(line: string, fix: (text: string) => string): string {
  let out = ''
  let at = 0
  const ticks = /`+/g
  for (let m = ticks.exec(line); m; m = ticks.exec(line)) {
    const close = line.indexOf(m[0], m.index + m[0].length)
    if (close < 0) break
    out += fix(line.slice(at, m.index)) + line.slice(m.index, close + m[0].length)
    at = close + m[0].length
    ticks.lastIndex = at
  }
  return out + fix(line.slice(at))
}
