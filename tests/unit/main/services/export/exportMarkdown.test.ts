import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportMarkdown } from '../../../../../src/main/services/export/exportMarkdown'
import type { ExportProgress } from '../../../../../src/main/services/export/writeExportFiles'
import { parseNotebookExport } from '../../../../../src/shared/domain/parse/formats/notebookExport'
import { sampleNotebook } from '../../../shared/domain/export/sampleNotebook'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-md-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('exportMarkdown', () => {
  it('writes one file for the single layout and counts the questions', async () => {
    const data = sampleNotebook()
    const out = join(dir, 'prep.md')
    const result = await exportMarkdown({ out, layout: 'single', includeReference: false }, data, {
      now: Date.UTC(2026, 0, 2)
    })
    expect(result).toEqual({ written: [out], questionCount: data.entries.length })
    const md = readFileSync(out, 'utf8')
    expect(md).toContain('Exported 2026-01-02')
    expect(parseNotebookExport(md, 'prep.md').map((i) => i.prompt)).toEqual(
      data.entries.map((e) => e.prompt)
    )
  })

  it('writes a folder per section with progress for every file', async () => {
    const data = sampleNotebook()
    const out = join(dir, 'by-section')
    const seen: ExportProgress[] = []
    const result = await exportMarkdown(
      { out, layout: 'per-section', includeReference: true },
      data,
      {
        onProgress: (p) => seen.push(p)
      }
    )
    expect(readdirSync(out).sort()).toEqual([
      'core-python.md',
      'index.md',
      'other-questions.md',
      'web-security.md'
    ])
    expect(result.written.map((p) => p.slice(out.length + 1)).sort()).toEqual(
      readdirSync(out).sort()
    )
    expect(seen.at(-1)).toMatchObject({ filesWritten: 4, totalFiles: 4 })
    expect(seen.at(-1)!.bytesWritten).toBe(seen.at(-1)!.totalBytes)
  })
})
