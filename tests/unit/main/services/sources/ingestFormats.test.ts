/** A folder of mixed formats ingests into one catalog; a broken file is reported and skipped. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestSources } from '../../../../../src/main/services/sources/ingestSources'

const fixtures = join(__dirname, '../../../../fixtures/imports')

describe('ingesting every format', () => {
  it('merges an Anki deck, a Word handout and a broken PDF into one catalog', async () => {
    const files = [
      { path: join(fixtures, 'apkg/legacy-basic-cloze/input.apkg'), name: 'deck.apkg' },
      { path: join(fixtures, 'docx/course-handout/input.docx'), name: 'handout.docx' },
      { path: join(fixtures, 'pdf/scanned/input.pdf'), name: 'scan.pdf' }
    ]
    const { catalog, reports } = await ingestSources([
      { path: fixtures, name: 'imports', builtIn: false, kind: 'folder', files }
    ])
    expect(catalog.itemCount).toBe(5 + 4)
    const signal = catalog.entries.find((e) => e.prompt === 'What is a Django signal?')
    expect(signal?.tags).toEqual(['django'])
    expect(signal?.answers[0]?.source.file).toBe('deck.apkg')
    expect(reports[0]?.status).toBe('error')
    expect(reports[0]?.error).toMatch(/1 of 3 files skipped: scan\.pdf: this PDF has no text layer/)
  })
})
