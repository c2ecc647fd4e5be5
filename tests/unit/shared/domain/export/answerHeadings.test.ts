/**
 * Issue #12, item 4: headings inside My answer are exported below the question's heading, in
 * every layout, capped at 6, and the export reads back to the answer as written.
 */
import { describe, expect, it } from 'vitest'
import {
  restoreAnswerHeadings,
  shiftAnswerHeadings
} from '../../../../../src/shared/domain/export/answerHeadings'
import { buildMarkdownExport } from '../../../../../src/shared/domain/export/buildMarkdownExport'
import type { ExportData, ExportLayout } from '../../../../../src/shared/domain/export/types'
import { parseDocument } from '../../../../../src/shared/domain/parse/index'
import { nodesOfType, parseMarkdown } from './parseMarkdown'
import { sampleNotebook } from './sampleNotebook'

const ANSWER = [
  '# Summary',
  '',
  'Short version.',
  '',
  '## Details',
  '',
  '```python',
  '# a comment, not a heading',
  '```',
  '',
  '###### Deepest',
  '',
  '#hashtag is not a heading'
].join('\n')

function notebookWithHeadings(): ExportData {
  const data = sampleNotebook()
  const notes = { ...data.notes }
  for (const entry of data.entries.slice(0, 3)) notes[entry.id] = ANSWER
  return { ...data, notes }
}

/** Depths of all headings in file order, and the prompt headings' depth. */
function outline(content: string): number[] {
  return nodesOfType(parseMarkdown(content), 'heading').map((heading) => heading.depth)
}

describe('answer headings in an export', () => {
  it('moves headings below the given level outside code, capped at 6', () => {
    const { text, levels } = shiftAnswerHeadings(ANSWER, 3)
    expect(text.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '#### Summary',
      '##### Details',
      '# a comment, not a heading',
      '###### Deepest',
      '#hashtag is not a heading'
    ])
    expect(levels).toEqual([1, 2, 6])
    expect(restoreAnswerHeadings(text, levels)).toBe(ANSWER)
  })

  const layouts: Array<[ExportLayout, number]> = [
    ['single', 3],
    ['per-section', 2],
    ['per-question', 1]
  ]
  it.each(layouts)(
    '%s: every answer heading sits below its question (level %i)',
    (layout, level) => {
      const data = notebookWithHeadings()
      const files = buildMarkdownExport(data, { layout, includeReference: true, exportedAt: 0 })
      const prompts = new Set(data.entries.map((entry) => entry.prompt))
      let checked = 0
      for (const file of files) {
        const headings = nodesOfType(parseMarkdown(file.content), 'heading')
        let questionDepth: number | null = null
        for (const heading of headings) {
          const text = heading.children.map((c) => ('value' in c ? c.value : '')).join('')
          if (heading.depth === level && prompts.has(text)) questionDepth = level
          else if (text === 'Summary' || text === 'Details' || text === 'Deepest') {
            expect(questionDepth, `${file.relativePath}: ${text}`).toBe(level)
            expect(heading.depth).toBeGreaterThan(level)
            expect(heading.depth).toBeLessThanOrEqual(6)
            checked++
          }
        }
      }
      expect(checked).toBe(9)
      // Read back as a source, each answer is exactly what was written.
      const items = files.flatMap((file) => parseDocument(file.content, file.relativePath))
      for (const entry of data.entries.slice(0, 3))
        expect(items.find((item) => item.prompt === entry.prompt)?.answer).toBe(ANSWER)
    }
  )

  it('keeps reading exports made before the levels were recorded', () => {
    const data = notebookWithHeadings()
    const [file] = buildMarkdownExport(data, {
      layout: 'single',
      includeReference: false,
      exportedAt: 0
    })
    const legacy = file!.content
      .replace(/<!-- notebook:answer \{[^\n]*\} -->/g, '<!-- notebook:answer -->')
      .replace(/^#### Summary$/gm, '# Summary')
    const item = parseDocument(legacy, 'old-export.md').find(
      (i) => i.prompt === data.entries[0]!.prompt
    )
    expect(item?.answer?.startsWith('# Summary')).toBe(true)
    expect(outline(legacy)[0]).toBe(1)
  })
})
