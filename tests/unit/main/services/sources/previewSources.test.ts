/** The import preview reads every format the app imports, and changes nothing. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { previewSource } from '../../../../../src/main/services/sources/previewSources'

const fixtures = join(__dirname, '../../../../fixtures/imports')

describe('previewSource', () => {
  it('previews an Anki package and a Word file like a Markdown document', async () => {
    const deck = await previewSource(join(fixtures, 'apkg/modern-anki21b/input.apkg'))
    expect(deck).toMatchObject({ kind: 'file', files: 1, items: 5, questions: 5, answered: 5 })
    expect(deck.error).toBeUndefined()
    expect(deck.warnings).toContain('1 note has no question text and was skipped.')
    const handout = await previewSource(join(fixtures, 'docx/course-handout/input.docx'))
    expect(handout).toMatchObject({ items: 4, answered: 3 })
  })

  it('explains a file it cannot read', async () => {
    const png = await previewSource(join(__dirname, '../../../../../resources/icon.png'))
    expect(png.error).toMatch(/cannot be read; add Markdown, text, CSV/)
  })
})
