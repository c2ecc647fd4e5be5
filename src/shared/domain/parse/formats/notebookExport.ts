/**
 * The app's own Markdown export read back as a source: every exported question becomes an item
 * with its exact prompt and section (from the invisible question marker), and the personal
 * answer written between the answer markers becomes that item's reference answer. Reference
 * answers that were copied into the export from other files are not re-imported: they are still
 * credited to their own sources.
 */
import type { ParsedItem } from '../../types'
import type { DocumentFormat } from '../documentFormats'
import { splitLines } from '../scanLines'
import { FenceTracker } from '../../export/codeFences'
import { restoreAnswerHeadings } from '../../export/answerHeadings'
import {
  ANSWER_END,
  isNotebookExport,
  readAnswerStart,
  readQuestionMarker
} from '../../export/exportMarkers'

export { isNotebookExport }

// The heading sits just above its marker (heading, blank line, marker); look a few lines up.
function headingLineAbove(lines: readonly string[], marker: number): number {
  for (let i = marker - 1; i >= Math.max(0, marker - 3); i--)
    if (/^#{1,6}\s/.test(lines[i] ?? '')) return i
  return marker
}

// Lines between the answer markers; a marker-like line inside a code block is content.
function readAnswer(lines: readonly string[], start: number): { text: string; end: number } {
  const fences = new FenceTracker()
  const body: string[] = []
  let i = start
  for (; i < lines.length; i++) {
    const line = lines[i]!
    if (fences.feed(line)) {
      body.push(line)
      continue
    }
    if (line.trimEnd() === ANSWER_END) break
    body.push(line)
  }
  const text = body
    .join('\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd()
  return { text, end: i }
}

/** Items of a Study Notebook export, in file order (1-based line of each question's heading). */
export function parseNotebookExport(text: string, file: string): ParsedItem[] {
  return parseExportLines(splitLines(text.replace(/^\uFEFF/, '')), file)
}

/** The same, over lines already split (as the document dispatcher has them). */
export function parseExportLines(lines: readonly string[], file: string): ParsedItem[] {
  const items: ParsedItem[] = []
  let current: ParsedItem | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const marker = line.startsWith('<!-- notebook:question ') ? readQuestionMarker(line) : null
    if (marker) {
      current = {
        kind: marker.kind,
        prompt: marker.prompt,
        answer: null,
        section: marker.section,
        source: { file, line: headingLineAbove(lines, i) + 1 },
        checked: marker.checked,
        links: marker.links
      }
      items.push(current)
    } else if (current && current.answer === null) {
      const start = readAnswerStart(line)
      if (!start) continue
      const { text, end } = readAnswer(lines, i + 1)
      // The export moved the answer's headings below the prompt; put them back as written.
      const answer = restoreAnswerHeadings(text, start.headings)
      current.answer = answer === '' ? null : answer
      i = end
    }
  }
  return items
}

/** The document format for the dispatcher: recognised by the export's file marker. */
export const notebookExportFormat: DocumentFormat = {
  name: 'notebook-export',
  detect: (_doc, text) => isNotebookExport(text),
  parse: (doc, file) =>
    parseExportLines(
      doc.lines.map((l) => l.raw),
      file
    )
}
