import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import fc from 'fast-check'
import { buildMarkdownExport } from '../../../../../src/shared/domain/export/buildMarkdownExport'
import { questionFrontMatter } from '../../../../../src/shared/domain/export/renderFolder'
import type { ExportFile, ExportOptions } from '../../../../../src/shared/domain/export/types'
import { nodesOfType, parseMarkdown, textOf } from './parseMarkdown'
import { sampleNotebook } from './sampleNotebook'

const base: ExportOptions = {
  layout: 'per-section',
  includeReference: true,
  exportedAt: Date.UTC(2026, 10, 23)
}
const data = sampleNotebook()

function byPath(files: ExportFile[]): Map<string, string> {
  return new Map(files.map((f) => [f.relativePath, f.content]))
}

function splitFrontMatter(content: string): { meta: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(content)
  expect(match, 'front matter').not.toBeNull()
  return {
    meta: parseYaml(match![1]!) as Record<string, unknown>,
    body: content.slice(match![0].length)
  }
}

describe('per-section export', () => {
  const files = buildMarkdownExport(data, base)
  const map = byPath(files)

  it('writes an index and one portable file per section', () => {
    expect(files.map((f) => f.relativePath)).toEqual([
      'index.md',
      'core-python.md',
      'web-security.md',
      'other-questions.md'
    ])
    const links = nodesOfType(parseMarkdown(map.get('index.md')!), 'link')
    expect(links.map((l) => [textOf(l), l.url])).toEqual([
      ['Core Python', 'core-python.md'],
      ['Web # Security', 'web-security.md'],
      ['Other questions', 'other-questions.md']
    ])
  })

  it('heads each file with its section and each question with its prompt', () => {
    const root = parseMarkdown(map.get('web-security.md')!)
    const headings = nodesOfType(root, 'heading').map((h) => [h.depth, textOf(h)])
    expect(headings).toEqual([
      [1, 'Web # Security'],
      [2, 'Why is <script>alert(1)</script> in a prompt & &amp; safe?'],
      // The answer's own `#` heading sits below its question's level 2.
      [3, 'Heading inside an answer'],
      [2, 'C# vs Python [1] | pipes ~tilde~ #']
    ])
  })
})

describe('per-question export', () => {
  const files = buildMarkdownExport(data, { ...base, layout: 'per-question' })
  const questionFiles = files.filter((f) => f.relativePath !== 'index.md')

  it('writes one uniquely named file per question', () => {
    expect(questionFiles).toHaveLength(data.entries.length)
    const names = questionFiles.map((f) => f.relativePath)
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]{1,64}\.md$/)
    // Two prompts that slug alike get distinct names.
    expect(names).toContain('what-is-gil.md')
    expect(names).toContain('what-is-gil-2.md')
  })

  it('starts each file with YAML front matter describing the question', () => {
    const file = questionFiles.find(
      (f) => splitFrontMatter(f.content).meta['id'] === 'args-kwargs'
    )!
    const { meta, body } = splitFrontMatter(file.content)
    expect(meta).toMatchObject({
      id: 'args-kwargs',
      prompt: 'What are *args and **kwargs?',
      section: 'Core Python',
      status: 'learning',
      favourite: true,
      tags: ['python', '*core*'],
      askedIn: 3,
      sources: [{ file: 'checklist.md', line: 3 }],
      exported: '2026-11-23T00:00:00.000Z'
    })
    const root = parseMarkdown(body)
    expect(textOf(nodesOfType(root, 'heading')[0]!)).toBe('What are *args and **kwargs?')
    expect(nodesOfType(root, 'table')).toHaveLength(1)
  })

  it('keeps prompts with YAML-hostile characters intact in the front matter', () => {
    for (const file of questionFiles) {
      const { meta } = splitFrontMatter(file.content)
      const entry = data.entries.find((e) => e.id === meta['id'])
      expect(meta['prompt']).toBe(entry?.prompt)
    }
  })

  it('writes front matter that YAML reads back exactly, whatever the prompt', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1 }),
        fc.string({ unit: 'binary' }),
        (prompt, tag) => {
          const entry = { ...data.entries[0]!, prompt, sections: [tag] }
          const study = { status: 'new' as const, favourite: false, tags: [tag], updatedAt: 0 }
          const meta = parseYaml(questionFrontMatter(entry, study, 0).slice(4, -4)) as Record<
            string,
            unknown
          >
          expect(meta['prompt']).toBe(prompt)
          expect(meta['section']).toBe(tag)
          expect(meta['tags']).toEqual([tag])
        }
      ),
      { numRuns: 300 }
    )
  })

  it('lists every question file in the index under its section', () => {
    const index = parseMarkdown(files[0]!.content)
    const links = nodesOfType(index, 'link')
    expect(links.map((l) => l.url).sort()).toEqual(questionFiles.map((f) => f.relativePath).sort())
  })
})
