/**
 * A quiz's choices written on one line, `(a) error (b) help (c) the REPL (d) the version`:
 * parenthesised letters in order from `(a)`, at least `MIN_OPTIONS` of them, each with text.
 * Read by scanning for each next letter in turn (no regular expression over the whole line).
 */

const MIN_OPTIONS = 3
const MAX_LINE = 2000

/** The options of an inline option line, one per entry with its letter (`(a) error`), else null. */
export function inlineOptions(line: string): string[] | null {
  const text = line.trim()
  if (!text.startsWith('(a) ') && !text.startsWith('(A) ')) return null
  if (text.length > MAX_LINE) return null
  const upper = text[1] === 'A'
  const starts: number[] = [0]
  for (let k = 1; k < 8; k++) {
    const letter = String.fromCharCode((upper ? 65 : 97) + k)
    const at = text.indexOf(` (${letter}) `, starts[starts.length - 1]! + 4)
    if (at < 0) break
    starts.push(at + 1)
  }
  if (starts.length < MIN_OPTIONS) return null
  const options = starts.map((s, k) => text.slice(s, starts[k + 1] ?? text.length).trim())
  // `(a)` with nothing after it is a list of labels, not choices.
  return options.every((o) => o.length > 4) ? options : null
}

/** `markdown` with every inline option line split into one line per option (same indent). */
export function expandInlineOptions(markdown: string): string {
  if (!markdown.includes('(a) ') && !markdown.includes('(A) ')) return markdown
  return markdown
    .split('\n')
    .map((line) => {
      const options = inlineOptions(line)
      if (!options) return line
      const indent = /^[ \t]*/.exec(line)![0]
      return options.map((o) => indent + o).join('\n')
    })
    .join('\n')
}

/** True when the first non-blank line of `answer` is an inline option line. */
export function opensWithInlineOptions(answer: string | null): boolean {
  if (answer === null) return false
  const first = answer.split('\n').find((l) => l.trim() !== '')
  return first !== undefined && inlineOptions(first) !== null
}
