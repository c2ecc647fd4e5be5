/**
 * Exporting 5,000 answered questions: rendering (pure) and writing (atomic, to a temp folder),
 * for the Markdown single-file and per-question layouts, CSV and an Anki package. Median of a
 * few runs.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildMarkdownExport } from '../../src/shared/domain/export/buildMarkdownExport'
import type { ExportData, ExportLayout } from '../../src/shared/domain/export/types'
import type { CatalogEntry } from '../../src/shared/domain/types'
import type { StudyState } from '../../src/shared/study'
import { exportMarkdown } from '../../src/main/services/export/exportMarkdown'
import { buildCsvExport } from '../../src/shared/domain/export/csv'
import { buildAnkiPackage } from '../../src/shared/domain/export/anki/buildAnkiPackage'
import { nodeAnkiPorts } from '../../src/main/services/export/ankiPorts'
import { exportNotebook } from '../../src/main/services/export/exportNotebook'
import { writeResults } from '../writeResults'

const QUESTIONS = 5000
const RUNS = 3

function syntheticNotebook(count: number): ExportData {
  const entries: CatalogEntry[] = []
  const notes: Record<string, string> = {}
  const study: Record<string, StudyState> = {}
  for (let i = 0; i < count; i++) {
    const id = `question-${i}-${(i * 2654435761).toString(16).slice(-10)}`
    entries.push({
      id,
      kind: 'question',
      prompt: `What does \`__dunder_${i}__\` do with *args and **kwargs in case ${i}?`,
      key: `dunder ${i}`,
      sections: [`Section ${i % 40}`],
      occurrences: [{ file: `source-${i % 7}.md`, line: i + 1 }],
      answers: [
        {
          markdown: `- point one about ${i}\n- point two\n\n\`\`\`python\nprint(${i})\n\`\`\``,
          source: { file: `source-${i % 7}.md`, line: i + 2 }
        }
      ],
      askedIn: 1 + (i % 4),
      checked: null,
      links: [],
      related: []
    })
    notes[id] =
      `My answer to ${i}: it **wraps** the call.\n\n1. first\n2. second\n\n` +
      '```python\n' +
      `def f_${i}(*args, **kwargs):\n    return args, kwargs\n` +
      '```\n\n' +
      '| a | b |\n| - | - |\n| 1 | 2 |\n'
    study[id] = { status: 'learning', favourite: i % 5 === 0, tags: ['python'], updatedAt: i }
  }
  return { entries, notes, study }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** Runs the suite: one row per layout. */
export async function run(): Promise<void> {
  const data = syntheticNotebook(QUESTIONS)
  const rows: Array<Record<string, string | number>> = []
  for (const layout of ['single', 'per-question'] as ExportLayout[]) {
    const render: number[] = []
    const total: number[] = []
    let files = 0
    let bytes = 0
    for (let r = 0; r < RUNS; r++) {
      const dir = mkdtempSync(join(tmpdir(), 'bench-export-'))
      try {
        let t = performance.now()
        const rendered = buildMarkdownExport(data, {
          layout,
          includeReference: true,
          exportedAt: 0
        })
        render.push(performance.now() - t)
        files = rendered.length
        bytes = rendered.reduce((n, f) => n + Buffer.byteLength(f.content), 0)
        const out = layout === 'single' ? join(dir, 'notebook.md') : join(dir, 'export')
        t = performance.now()
        await exportMarkdown({ out, layout, includeReference: true }, data)
        total.push(performance.now() - t)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
    rows.push({
      layout,
      questions: QUESTIONS,
      files,
      'size MB': +(bytes / 1024 / 1024).toFixed(2),
      'render ms': +median(render).toFixed(1),
      'render + write ms': +median(total).toFixed(1)
    })
  }
  for (const format of ['csv', 'apkg'] as const) {
    const render: number[] = []
    const total: number[] = []
    let bytes = 0
    for (let r = 0; r < RUNS; r++) {
      const dir = mkdtempSync(join(tmpdir(), 'bench-export-'))
      try {
        let t = performance.now()
        const content =
          format === 'csv'
            ? buildCsvExport(data, { includeReference: true })
            : await buildAnkiPackage(
                data,
                { includeReference: true, exportedAt: 0, deckName: 'Bench' },
                nodeAnkiPorts
              )
        render.push(performance.now() - t)
        bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.length
        t = performance.now()
        await exportNotebook(
          {
            out: join(dir, `notebook.${format}`),
            format,
            layout: 'single',
            includeReference: true
          },
          data
        )
        total.push(performance.now() - t)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
    rows.push({
      layout: format,
      questions: QUESTIONS,
      files: 1,
      'size MB': +(bytes / 1024 / 1024).toFixed(2),
      'render ms': +median(render).toFixed(1),
      'render + write ms': +median(total).toFixed(1)
    })
  }
  writeResults('export', rows)
}
