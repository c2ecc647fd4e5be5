import { describe, expect, it } from 'vitest'
import {
  DOCUMENT_FORMATS,
  parseDocument,
  scanDocument,
  type DocumentFormat
} from '../../../../../src/shared/domain/parse'

const exportFormat: DocumentFormat = {
  name: 'test-export',
  detect: (_doc, text) => text.startsWith('<!-- study-notebook-export -->'),
  parse: (doc, file) =>
    doc.lines
      .filter((l) => l.text.startsWith('## '))
      .map((l) => ({
        kind: 'question' as const,
        prompt: l.text.slice(3),
        answer: null,
        section: 'Export',
        source: { file, line: l.index + 1 },
        checked: null,
        links: []
      }))
}

describe('document formats', () => {
  it('gives a registered format the documents it detects', () => {
    const text = '<!-- study-notebook-export -->\n## Decorators\n'
    const items = parseDocument(text, 'e.md', [exportFormat, ...DOCUMENT_FORMATS])
    expect(items).toEqual([
      expect.objectContaining({
        prompt: 'Decorators',
        section: 'Export',
        source: { file: 'e.md', line: 2 }
      })
    ])
  })

  it('falls through to the mixed parser for other documents', () => {
    const items = parseDocument('## Decorators\n1. What is a decorator?\n', 'n.md', [
      exportFormat,
      ...DOCUMENT_FORMATS
    ])
    expect(items).toEqual([
      expect.objectContaining({ prompt: 'What is a decorator?', section: 'Decorators' })
    ])
  })

  it('skips a format that throws instead of failing the document', () => {
    const broken: DocumentFormat = {
      name: 'broken',
      detect: () => true,
      parse: () => {
        throw new Error('bug')
      }
    }
    const items = parseDocument('1. What is X?\n', 'x.md', [broken, ...DOCUMENT_FORMATS])
    expect(items.map((i) => i.prompt)).toEqual(['What is X?'])
  })

  it('ends with the mixed format, which accepts anything', () => {
    const last = DOCUMENT_FORMATS[DOCUMENT_FORMATS.length - 1]
    expect(last?.name).toBe('mixed')
    expect(last?.detect(scanDocument(''), '')).toBe(true)
  })
})

describe('scanDocument', () => {
  it('does not treat `# comment` inside a fence as a heading', () => {
    const doc = scanDocument('```python\n# comment\n```\n# Real')
    expect(doc.lines[1]?.heading).toBeNull()
    expect(doc.lines[1]?.code).toBe(true)
    expect(doc.lines[3]?.heading).toEqual({ level: 1, text: 'Real' })
  })

  it('treats an unclosed fence as text so it cannot swallow the document', () => {
    const doc = scanDocument('```\n## Still a heading')
    expect(doc.lines[0]?.code).toBe(false)
    expect(doc.lines[1]?.heading?.level).toBe(2)
  })

  it('finds setext headings only on a one-line paragraph', () => {
    const doc = scanDocument('Title\n=====\n\nline one\nline two\n---')
    expect(doc.lines[0]?.heading).toEqual({ level: 1, text: 'Title' })
    expect(doc.lines[1]?.underline).toBe(true)
    expect(doc.lines[4]?.heading).toBeNull()
  })
})
