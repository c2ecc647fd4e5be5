/** Splits text into plain and matched segments from the engine's `[start, length]` ranges. */

export interface TextSegment {
  text: string
  match: boolean
}

/**
 * Ranges may arrive unsorted, overlapping or past the end of the text (the prompt shown can be
 * shorter than the indexed one); they are clamped and merged so every character appears once.
 */
export function highlightRanges(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]> | undefined
): TextSegment[] {
  if (!ranges || ranges.length === 0 || text.length === 0)
    return text ? [{ text, match: false }] : []
  const spans = ranges
    .map(([start, length]) => [Math.max(0, start), Math.min(text.length, start + length)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  const segments: TextSegment[] = []
  let cursor = 0
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false })
    segments.push({ text: text.slice(start, end), match: true })
    cursor = end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false })
  return segments
}
