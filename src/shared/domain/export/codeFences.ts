/**
 * Just enough of CommonMark's fenced code rules to know, line by line, whether a Markdown text is
 * inside a code block: used to keep answers from swallowing the rest of an export and to find
 * headings and markers outside code.
 */

interface OpenFence {
  char: '`' | '~'
  length: number
}

const OPENING = /^\s*(`{3,}|~{3,})(.*)$/

/** Walks lines and tracks fences. `inside` is true for fence lines and the code between them. */
export class FenceTracker {
  private open: OpenFence | null = null

  /** Feeds one line; returns true when the line belongs to a fenced code block. */
  feed(line: string): boolean {
    if (this.open) {
      const { char, length } = this.open
      const closing = new RegExp(`^\\s*\\${char}{${length},}\\s*$`)
      if (closing.test(line)) this.open = null
      return true
    }
    const match = OPENING.exec(line)
    if (!match) return false
    const run = match[1] ?? ''
    const info = match[2] ?? ''
    // A backtick fence's info string may not contain backticks (that is an inline code span).
    if (run.startsWith('`') && info.includes('`')) return false
    this.open = { char: run[0] === '~' ? '~' : '`', length: run.length }
    return true
  }

  /** The fence still open after the last line fed, if any. */
  get unclosed(): OpenFence | null {
    return this.open
  }
}

/**
 * Returns `markdown` with a closing fence appended when it ends inside a fenced code block, so
 * an unfinished block in one answer cannot turn the rest of the export into code.
 */
export function closeOpenFence(markdown: string): string {
  const tracker = new FenceTracker()
  for (const line of markdown.split('\n')) tracker.feed(line)
  const open = tracker.unclosed
  return open ? `${markdown}\n${open.char.repeat(open.length)}` : markdown
}

/** ATX heading texts of `markdown` that lie outside code, in order (for anchor counting). */
export function headingTexts(markdown: string): string[] {
  const tracker = new FenceTracker()
  const texts: string[] = []
  for (const line of markdown.split('\n')) {
    if (tracker.feed(line)) continue
    const match = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line)
    if (match) texts.push((match[1] ?? '').replace(/[*_`]/g, ''))
  }
  return texts
}
