/**
 * Quizzes pasted from a course site or a form often put each number alone on its line with the
 * question on the next (`1.` / `¿Qué es…?` / the answer). Markdown reads such a `1.` as an
 * empty list item and the question as loose prose; moved up onto the number's line, the
 * question is the numbered item it was meant to be and what follows is its answer. Line for
 * line: the question's own line is left blank, so line numbers keep pointing where they did.
 */

const BARE_NUMBER = /^[ \t]{0,3}\d{1,3}[.)][ \t]*$/
// What may be moved up: a line of text, not another block's start (list, heading, fence,
// quote, table, HTML) and not a number of its own.
const BLOCK_START = /^[ \t]*(?:[-*+][ \t]|\d{1,3}[.)](?:[ \t]|$)|#|`{3}|~{3}|>|\||<)/
// Fewer than this many bare numbers are a stray line, not the document's way of numbering.
const MIN_BARE_NUMBERS = 2

/** The lines with every bare number's question moved up onto it (see above). */
export function joinBareNumbers(lines: readonly string[]): string[] {
  const bare: number[] = []
  for (let i = 0; i < lines.length - 1; i++)
    if (BARE_NUMBER.test(lines[i]!) && movable(lines[i + 1]!)) bare.push(i)
  if (bare.length < MIN_BARE_NUMBERS) return [...lines]
  const joined = [...lines]
  for (const i of bare) {
    joined[i] = `${joined[i]!.trimEnd()} ${joined[i + 1]!.trim()}`
    joined[i + 1] = ''
  }
  return joined
}

function movable(line: string): boolean {
  return line.trim() !== '' && !BLOCK_START.test(line)
}
