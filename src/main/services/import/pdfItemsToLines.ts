/** Text items of one PDF page (as pdf.js gives them, in content order) joined into lines. */

export interface PdfTextItem {
  str: string
  y: number
  fontSize: number
  hasEOL: boolean
}

/** A new line starts after an end-of-line mark or where the baseline moves. */
export function pdfItemsToLines(items: readonly PdfTextItem[]): string[] {
  const lines: string[] = []
  let current = ''
  let baseline: number | null = null
  for (const item of items) {
    const moved =
      baseline !== null && Math.abs(item.y - baseline) > Math.max(2, item.fontSize * 0.5)
    if (moved && current.trim() !== '') {
      lines.push(current.trimEnd())
      current = ''
    }
    current += item.str
    baseline = item.str.trim() === '' ? baseline : item.y
    if (item.hasEOL) {
      lines.push(current.trimEnd())
      current = ''
    }
  }
  if (current.trim() !== '') lines.push(current.trimEnd())
  return lines
}
