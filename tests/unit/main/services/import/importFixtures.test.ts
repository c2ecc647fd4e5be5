/**
 * Every fixture under tests/fixtures/imports/<format>/<case>/ (input.<ext> + expected.json,
 * written by reading the input) goes through the same import the app and the CLI use.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/shared/domain/import/importers'
import { nodeImportPorts } from '../../../../../src/main/services/import/importPorts'

interface ExpectedItem {
  prompt: string
  kind: 'question' | 'topic'
  section?: string | null
  tags?: string[]
  line?: number
  answer: { starts?: string; ends?: string; contains?: string[] } | null
}

const ROOT = join(__dirname, '../../../../fixtures/imports')

/** Case, whitespace and Markdown markup (fences, bullets, quotes, links) do not decide a match. */
function plain(text: string): string {
  return text
    .replace(/^\s*(?:`{3,}|~{3,}).*$/gm, '')
    .replace(/^\s*(?:[-*+]|>|#{1,6})\s+/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((format) =>
    readdirSync(join(ROOT, format.name), { withFileTypes: true })
      .filter(
        (d) =>
          d.isDirectory() && readdirSync(join(ROOT, format.name, d.name)).includes('expected.json')
      )
      .map((d) => join(format.name, d.name))
  )

describe('import fixtures', () => {
  it('covers every format', () => {
    const formats = new Set(cases.map((c) => c.split('/')[0]))
    expect([...formats].sort()).toEqual(['apkg', 'cards', 'csv', 'docx', 'html', 'jupyter', 'pdf'])
  })

  for (const name of cases) {
    it(name, async () => {
      const dir = join(ROOT, name)
      const input = readdirSync(dir).find((f) => f.startsWith('input.')) as string
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
        items: ExpectedItem[]
        warnings?: string[]
      }
      const result = await importDocument(
        new Uint8Array(readFileSync(join(dir, input))),
        input,
        nodeImportPorts
      )
      expect(result.items.map((i) => i.prompt)).toEqual(expected.items.map((i) => i.prompt))
      expected.items.forEach((want, index) => {
        const got = result.items[index]!
        expect(got.kind, want.prompt).toBe(want.kind)
        if (want.section !== undefined) expect(got.section, want.prompt).toBe(want.section)
        if (want.tags !== undefined) expect(got.tags, want.prompt).toEqual(want.tags)
        if (want.line !== undefined) expect(got.source.line, want.prompt).toBe(want.line)
        if (want.answer === null) {
          expect(got.answer, want.prompt).toBeNull()
          return
        }
        const answer = plain(got.answer ?? '')
        if (want.answer.starts)
          expect(answer.startsWith(plain(want.answer.starts)), `${want.prompt}: ${answer}`).toBe(
            true
          )
        if (want.answer.ends)
          expect(answer.endsWith(plain(want.answer.ends)), `${want.prompt}: ${answer}`).toBe(true)
        for (const part of want.answer.contains ?? [])
          expect(answer, want.prompt).toContain(plain(part))
      })
      if (expected.warnings) expect(result.report.warnings).toEqual(expected.warnings)
    })
  }
})
