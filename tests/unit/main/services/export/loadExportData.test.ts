/**
 * The command line exports the catalog the app shows: My questions are in it and corrections
 * (a hidden entry, a reworded prompt) are applied, not just the parsed sources.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import {
  formatMyQuestions,
  MY_QUESTIONS_FILE
} from '../../../../../src/shared/domain/myQuestions/myQuestionsDocument'
import {
  formatOverridesFile,
  OVERRIDES_FILE
} from '../../../../../src/shared/domain/overrides/overridesFile'
import { parseDocument } from '../../../../../src/shared/domain/parse/index'
import { loadExportData } from '../../../../../src/main/services/export/loadExportData'

const seedsDir = resolve(__dirname, '../../../../../resources/seeds')
const seedEntries = buildCatalog(
  readdirSync(seedsDir).flatMap((n) => parseDocument(readFileSync(join(seedsDir, n), 'utf8'), n))
).entries

let dataDir: string
let notebookDir: string
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'export-data-'))
  notebookDir = join(dataDir, 'notebook')
  mkdirSync(notebookDir)
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

describe('loadExportData', () => {
  it('includes My questions and applies corrections, as the app does', async () => {
    const [hiddenOne, renamed] = seedEntries.filter((e) => e.kind === 'question')
    writeFileSync(
      join(notebookDir, MY_QUESTIONS_FILE),
      formatMyQuestions([
        {
          prompt: 'How does FastAPI resolve dependencies?',
          answer: 'Through `Depends`, per request.',
          section: null,
          kind: 'question',
          tags: []
        }
      ])
    )
    writeFileSync(
      join(notebookDir, OVERRIDES_FILE),
      formatOverridesFile([
        {
          id: 'o1',
          at: '2026-12-01T00:00:00.000Z',
          target: { id: hiddenOne!.id, prompt: hiddenOne!.prompt },
          change: { type: 'hidden' }
        },
        {
          id: 'o2',
          at: '2026-12-01T00:00:00.000Z',
          target: { id: renamed!.id, prompt: renamed!.prompt },
          change: { type: 'prompt', base: renamed!.prompt, value: 'Reworded by the user?' }
        }
      ])
    )

    const data = await loadExportData({ dataDir, seedsDir })
    const prompts = data.entries.map((e) => e.prompt)
    expect(prompts).toContain('How does FastAPI resolve dependencies?')
    expect(data.entries.some((e) => e.id === hiddenOne!.id)).toBe(false)
    expect(data.entries.find((e) => e.id === renamed!.id)?.prompt).toBe('Reworded by the user?')
    expect(data.warnings).toEqual([])
  })

  it('warns about a damaged corrections file and still exports the sources', async () => {
    writeFileSync(join(notebookDir, OVERRIDES_FILE), '{ not json')
    const data = await loadExportData({ dataDir, seedsDir })
    expect(data.entries.length).toBe(seedEntries.length)
    expect(data.warnings.join('\n')).toMatch(/corrections/i)
  })
})
