/**
 * Golden exports: files under tests/fixtures/export were checked by eye once; any change to the
 * output shows up here, and a missing golden fails on every machine. Regenerate deliberately with
 * `UPDATE_GOLDEN=1 npx vitest run <this file>`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildMarkdownExport } from '../../../../../src/shared/domain/export/buildMarkdownExport'
import type { ExportOptions } from '../../../../../src/shared/domain/export/types'
import { sampleNotebook } from './sampleNotebook'

const goldenDir = join(__dirname, '../../../../fixtures/export')
const update = process.env['UPDATE_GOLDEN'] === '1'

const cases: Array<{ name: string; options: Partial<ExportOptions> }> = [
  { name: 'single', options: { layout: 'single' } },
  { name: 'single-no-reference', options: { layout: 'single', includeReference: false } },
  { name: 'per-section', options: { layout: 'per-section' } },
  { name: 'per-question', options: { layout: 'per-question' } }
]

describe('golden exports', () => {
  for (const { name, options } of cases) {
    it(`matches ${name}`, () => {
      const files = buildMarkdownExport(sampleNotebook(), {
        layout: 'single',
        includeReference: true,
        exportedAt: Date.UTC(2026, 10, 23, 9, 30),
        ...options
      })
      const dir = join(goldenDir, name)
      if (update) {
        rmSync(dir, { recursive: true, force: true })
        mkdirSync(dir, { recursive: true })
        for (const f of files) writeFileSync(join(dir, f.relativePath), f.content)
      }
      expect(existsSync(dir), `${dir} missing: run with UPDATE_GOLDEN=1`).toBe(true)
      expect(readdirSync(dir).sort()).toEqual(files.map((f) => f.relativePath).sort())
      for (const f of files)
        expect(f.content, f.relativePath).toBe(readFileSync(join(dir, f.relativePath), 'utf8'))
    })
  }
})
