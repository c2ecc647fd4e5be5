/**
 * A PDF's pages as one plain text for the text path: lines repeated at the top or bottom of
 * most pages (running headers, footers, page numbers) are dropped, and a word hyphenated across
 * a line break is joined again.
 */

import type { PdfPage } from './types'

/** How many lines at each end of a page may be a running header or footer. */
const EDGE_LINES = 2

/** Joins pages into text, without their running headers and footers. */
export function pdfPagesToText(pages: readonly PdfPage[]): string {
  const repeated = repeatedEdgeLines(pages)
  const lines: string[] = []
  for (const page of pages) {
    const edges = new Set(edgeIndexes(page))
    page.forEach((line, index) => {
      if (edges.has(index) && repeated.has(edgeKey(line))) return
      lines.push(line)
    })
    lines.push('')
  }
  return joinHyphenated(lines)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

// Page numbers differ from page to page: digits are masked before comparing edge lines.
function edgeKey(line: string): string {
  return line.trim().replace(/\d+/g, '#').toLowerCase()
}

// The first and last few lines that hold text (blank lines do not count as an edge).
function edgeIndexes(page: PdfPage): number[] {
  const filled = page.flatMap((line, index) => (line.trim() === '' ? [] : [index]))
  return [...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)]
}

function repeatedEdgeLines(pages: readonly PdfPage[]): Set<string> {
  const repeated = new Set<string>()
  if (pages.length < 3) return repeated
  const counts = new Map<string, number>()
  for (const page of pages) {
    const edges = new Set(edgeIndexes(page).map((index) => edgeKey(page[index] ?? '')))
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  for (const [key, count] of counts) if (count >= Math.max(3, pages.length * 0.5)) repeated.add(key)
  return repeated
}

// "inter-" + "preter" → "interpreter"; "well-" + "Known" stays hyphenated (a capital follows).
function joinHyphenated(lines: string[]): string[] {
  const out: string[] = []
  for (const line of lines) {
    const previous = out[out.length - 1]
    if (previous !== undefined && /[\p{L}]-$/u.test(previous) && /^\p{Ll}/u.test(line)) {
      const words = line.split(' ')
      out[out.length - 1] = previous.slice(0, -1) + (words.shift() ?? '')
      if (words.length > 0) out.push(words.join(' '))
      continue
    }
    out.push(line)
  }
  return out
}
