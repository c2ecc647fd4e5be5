/**
 * The export read back as a source: same questions (same ids), and my answers come back as
 * reference answers credited to the exported file.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import { parseDocument } from '../../../../../src/shared/domain/parse/index'
import { buildMarkdownExport } from '../../../../../src/shared/domain/export/buildMarkdownExport'
import { answerBody } from '../../../../../src/shared/domain/export/renderQuestion'
import type { ExportData, ExportLayout } from '../../../../../src/shared/domain/export/types'
import type { CatalogEntry, ParsedItem } from '../../../../../src/shared/domain/types'
import type { StudyState } from '../../../../../src/shared/study'
import { CODE_ANSWER, LIST_ANSWER, NESTED_FENCE_ANSWER, sampleNotebook } from './sampleNotebook'

const seedsDir = join(__dirname, '../../../../../resources/seeds')

function seedItems(): ParsedItem[] {
  return readdirSync(seedsDir)
    .sort()
    .flatMap((name) => parseDocument(readFileSync(join(seedsDir, name), 'utf8'), name))
}

// Answers that stress the format: fences of every kind, a fake end marker inside code, lists,
// tables, headings, HTML, CRLF line ends and trailing spaces.
const TRICKY = [
  LIST_ANSWER,
  CODE_ANSWER,
  NESTED_FENCE_ANSWER,
  '```html\n<!-- notebook:answer-end -->\n<!-- notebook:question {"prompt":"fake"} -->\n```\n\nStill my answer.',
  '# My heading\n\n> quoted **bold** line\n\n1. one\n2. two  \n   continued\n\n<details><summary>more</summary>\n\nhidden\n\n</details>',
  'Plain answer with \\*escapes\\*, `__init__`, <script>alert(1)</script> & &amp; #hash',
  '\n\nleading blank lines\r\nand CRLF\r\n',
  '    indented code block\n    second line'
]

function notebookFor(entries: readonly CatalogEntry[]): ExportData {
  const notes: Record<string, string> = {}
  const study: Record<string, StudyState> = {}
  entries.forEach((entry, i) => {
    if (i % 3 !== 2) notes[entry.id] = TRICKY[i % TRICKY.length]!
    if (i % 4 === 0)
      study[entry.id] = { status: 'confident', favourite: i % 8 === 0, tags: ['t*'], updatedAt: i }
  })
  return { entries, notes, study }
}

function exportedItems(data: ExportData, layout: ExportLayout): ParsedItem[] {
  const files = buildMarkdownExport(data, { layout, includeReference: true, exportedAt: 0 })
  return files.flatMap((f) =>
    parseDocument(f.content, f.relativePath === 'study-notebook.md' ? 'export.md' : f.relativePath)
  )
}

describe('round trip through the parser', () => {
  const seeds = buildCatalog(seedItems())
  const data = notebookFor(seeds.entries)

  it('has seed questions to work with', () => {
    expect(seeds.entries.length).toBeGreaterThan(100)
  })

  for (const layout of ['single', 'per-section', 'per-question'] as const) {
    it(`gives back the same questions and my answers (${layout})`, () => {
      const items = exportedItems(data, layout)
      expect(items).toHaveLength(seeds.entries.length)
      const again = buildCatalog(items)
      expect(again.entries.map((e) => e.id).sort()).toEqual(seeds.entries.map((e) => e.id).sort())
      const byPrompt = new Map(items.map((item) => [item.prompt, item]))
      for (const entry of seeds.entries) {
        const item = byPrompt.get(entry.prompt)
        expect(item, entry.prompt).toBeDefined()
        expect(item!.section).toBe(entry.sections[0] ?? null)
        const note = data.notes[entry.id]
        expect(item!.answer, entry.prompt).toBe(note === undefined ? null : answerBody(note))
      }
    })
  }

  it('adds no question when added next to the seeds, and credits my answers to the export', () => {
    const exported = exportedItems(data, 'single')
    const merged = buildCatalog([...seedItems(), ...exported])
    expect(merged.entries.map((e) => e.id)).toEqual(seeds.entries.map((e) => e.id))
    for (const entry of merged.entries) {
      const fromExport = entry.answers.filter((a) => a.source.file === 'export.md')
      const note = data.notes[entry.id]
      // The catalog trims only blank lines around an answer (mergeDuplicates), so a leading
      // indented code block keeps its indentation.
      const trimmed = (text: string) => text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd()
      expect(fromExport.map((a) => a.markdown)).toEqual(
        note === undefined ? [] : [trimmed(answerBody(note))]
      )
      // The references copied into the export are not re-imported under the export's name.
      const original = seeds.entries.find((e) => e.id === entry.id)!
      expect(entry.answers.filter((a) => a.source.file !== 'export.md')).toEqual(original.answers)
    }
  })

  it('points each item at its heading line in the export', () => {
    const [file] = buildMarkdownExport(data, {
      layout: 'single',
      includeReference: true,
      exportedAt: 0
    })
    const lines = file!.content.split('\n')
    for (const item of parseDocument(file!.content, 'export.md'))
      expect(lines[item.source.line - 1]).toMatch(/^### /)
  })

  it('round-trips prompts full of Markdown characters', () => {
    const sample = sampleNotebook()
    const items = exportedItems(sample, 'single')
    expect(items.map((i) => i.prompt)).toEqual(sample.entries.map((e) => e.prompt))
    expect(items.map((i) => i.section)).toEqual(sample.entries.map((e) => e.sections[0] ?? null))
  })

  it('round-trips any prompt, section and answer (property)', () => {
    const piece = fc.constantFrom(
      '-->',
      '<!--',
      '```',
      '~~~',
      '\r',
      '\r\n',
      '\t',
      '# ',
      '\n',
      '\n\n',
      '> ',
      '*',
      '_',
      '`',
      '<',
      '&',
      ' ',
      'x',
      '漢',
      '\\'
    )
    const text = fc.array(fc.oneof(piece, fc.string()), { maxLength: 12 }).map((p) => p.join(''))
    const prompt = text.map((t) => t.replace(/[\r\n]/g, ' ')).filter((t) => t.trim() !== '')
    fc.assert(
      fc.property(prompt, fc.option(text, { nil: null }), text, (p, section, answer) => {
        const entry = {
          ...sampleNotebook().entries[0]!,
          prompt: p,
          sections: section ? [section] : []
        }
        const data: ExportData = { entries: [entry], notes: { [entry.id]: answer }, study: {} }
        for (const layout of ['single', 'per-question'] as const) {
          const items = exportedItems(data, layout)
          expect(items).toHaveLength(1)
          expect(items[0]!.prompt).toBe(p)
          expect(items[0]!.section).toBe(section || null)
          const expected = answer.trim() === '' ? null : answerBody(answer)
          expect(items[0]!.answer).toBe(expected)
        }
      }),
      { numRuns: 300 }
    )
  })

  it('leaves ordinary documents to the other formats', () => {
    const md = '# Notes\n\n## Python\n\n1. What is GIL?\n   - one thread at a time\n'
    expect(parseDocument(md, 'notes.md').map((i) => i.source.file)).not.toHaveLength(0)
  })
})
