/**
 * Headings inside an answer sit below the question's own heading in an export: `## Summary` in an
 * answer under a `### Question` becomes `##### Summary`, capped at `######`, so the outline of
 * the exported file stays the outline of the questions. The original levels travel in the
 * answer marker, so reading the export back gives the answer exactly as written.
 */
import { FenceTracker } from './codeFences'

/** An ATX heading outside code: up to 3 spaces, 1-6 `#`, then a space, a tab or the line end. */
const ATX = /^( {0,3})(#{1,6})(?=[ \t]|$)/

/** The answer with its headings moved below `level`, and each heading's original level. */
export function shiftAnswerHeadings(
  markdown: string,
  level: number
): { text: string; levels: number[] } {
  const levels: number[] = []
  const text = mapHeadings(markdown, (depth) => {
    levels.push(depth)
    return Math.min(6, depth + level)
  })
  return { text, levels }
}

/**
 * Puts back the levels `shiftAnswerHeadings` recorded, heading by heading in order. Headings
 * beyond the recorded list (a hand-edited export) keep the level they have.
 */
export function restoreAnswerHeadings(markdown: string, levels: readonly number[]): string {
  let next = 0
  return mapHeadings(markdown, (depth) => {
    const original = levels[next++]
    return original !== undefined && original >= 1 && original <= 6 ? original : depth
  })
}

function mapHeadings(markdown: string, level: (depth: number) => number): string {
  const fences = new FenceTracker()
  return markdown
    .split('\n')
    .map((line) => {
      if (fences.feed(line)) return line
      const match = ATX.exec(line)
      if (!match) return line
      const [whole, indent, hashes] = match
      return indent + '#'.repeat(level(hashes!.length)) + line.slice(whole.length)
    })
    .join('\n')
}
