/** Checked items start as Learning: counted per source, and reset only where untouched. */

import { describe, expect, it } from 'vitest'
import { parseDocumentWithReport } from '../../../../../src/shared/domain/parse/parseReport'
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import { checkedStartIds } from '../../../../../src/shared/domain/study/resetCheckedStart'
import { loadSeed } from '../parse/seedHelpers'

const CHECKLIST = `# Prep\n\n- [x] What is the GIL?\n- [ ] What is MRO?\n- [X] What is a decorator?\n`

describe('checked items per source', () => {
  it('counts the items ticked in the file in its parse report', () => {
    expect(parseDocumentWithReport(CHECKLIST, 'prep.md').report.checked).toBe(2)
    expect(parseDocumentWithReport('1. What is GIL?\n', 'plain.md').report.checked).toBe(0)
  })

  it('finds the 38 checked items of seed 004', () => {
    const doc = loadSeed('004')
    expect(parseDocumentWithReport(doc.text, doc.name).report.checked).toBe(38)
  })
})

describe('checkedStartIds', () => {
  const { items } = parseDocumentWithReport(CHECKLIST, 'prep.md')
  const other = parseDocumentWithReport('- [x] What is WSGI?\n', 'other.md').items
  const catalog = buildCatalog([...items, ...other])
  const idOf = (prompt: string) => catalog.entries.find((e) => e.prompt === prompt)!.id

  it('picks the checked entries of the source that have no stored state', () => {
    const ids = checkedStartIds(catalog.entries, ['prep.md'], () => false)
    expect(ids.sort()).toEqual([idOf('What is the GIL?'), idOf('What is a decorator?')].sort())
  })

  it('leaves an entry whose status the user changed since', () => {
    const touched = idOf('What is the GIL?')
    expect(checkedStartIds(catalog.entries, ['prep.md'], (id) => id === touched)).toEqual([
      idOf('What is a decorator?')
    ])
  })

  it('leaves other sources alone', () => {
    expect(checkedStartIds(catalog.entries, ['other.md'], () => false)).toEqual([
      idOf('What is WSGI?')
    ])
  })
})
