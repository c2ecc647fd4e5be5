/**
 * Notes kept inside a script: every line commented out (`# 1. What is…?` / `# - answer`, or
 * `//`, `--`), or the whole text inside one docstring (`'''` … `'''`). Read as the text they
 * hold: markers removed, line for line, so line numbers keep pointing where they did.
 */

const COMMENT = /^([ \t]*)(#|\/\/|--)(?:[ \t]|$)/
// Below this share of the non-blank lines, comments are a script's remarks, not its content.
const MIN_COMMENTED_SHARE = 0.9
const MIN_COMMENTED_LINES = 4
const DOCSTRING = /^[ \t]*(?:[rRuU]?)('''|""")[ \t]*$/

/** The lines with a whole-file comment marker or docstring wrapper removed, else as given. */
export function unwrapScriptText(lines: readonly string[]): string[] {
  return unwrapDocstring(uncomment(lines))
}

function uncomment(lines: readonly string[]): string[] {
  let content = 0
  const counts = new Map<string, number>()
  for (const line of lines) {
    if (line.trim() === '') continue
    content++
    const marker = COMMENT.exec(line)?.[2]
    if (marker) counts.set(marker, (counts.get(marker) ?? 0) + 1)
  }
  const [marker, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  if (count < MIN_COMMENTED_LINES || count < content * MIN_COMMENTED_SHARE) return [...lines]
  return lines.map((line) => {
    const m = COMMENT.exec(line)
    if (!m || m[2] !== marker) return line
    return line.slice(m[0].length)
  })
}

// The first and last non-blank lines are the same bare triple quote: a docstring around text.
function unwrapDocstring(lines: string[]): string[] {
  let first = 0
  while (first < lines.length && lines[first]!.trim() === '') first++
  let last = lines.length - 1
  while (last > first && lines[last]!.trim() === '') last--
  const open = DOCSTRING.exec(lines[first] ?? '')?.[1]
  if (!open || last <= first || DOCSTRING.exec(lines[last]!)?.[1] !== open) return lines
  const out = [...lines]
  out[first] = ''
  out[last] = ''
  return out
}
