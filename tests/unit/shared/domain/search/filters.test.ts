import { describe, expect, it } from 'vitest'
import { makeFilter, type PersonalView } from '../../../../../src/shared/domain/search/filters'
import { NO_SECTION } from '../../../../../src/shared/domain/catalog/occurrenceSections'
import type { CatalogEntry } from '../../../../../src/shared/domain/types'
import { makeEntry } from './makeEntry'

const nobody: PersonalView = { study: () => undefined, answered: () => false }

/** "list vs tuple", asked under no heading in a.md and under "Basics" in b.md. */
const merged: CatalogEntry = {
  ...makeEntry('list vs tuple', { files: ['a.md', 'b.md'], sections: ['Basics'] }),
  occurrences: [
    { file: 'a.md', line: 3, section: null },
    { file: 'b.md', line: 9, section: 'Basics' }
  ]
}

describe('source and section filters', () => {
  it('judge source and section on the same occurrence', () => {
    const keep = (sources: string[], sections: string[]) =>
      makeFilter({ sources, sections }, nobody)(merged)
    expect(keep(['b.md'], ['Basics'])).toBe(true)
    // "Basics" belongs to b.md: it must not leak into a.md.
    expect(keep(['a.md'], ['Basics'])).toBe(false)
    expect(keep(['a.md'], [NO_SECTION])).toBe(true)
    expect(keep(['b.md'], [NO_SECTION])).toBe(false)
  })

  it('match a section alone in any source, including questions under no heading', () => {
    expect(makeFilter({ sections: ['Basics'] }, nobody)(merged)).toBe(true)
    expect(makeFilter({ sections: [NO_SECTION] }, nobody)(merged)).toBe(true)
    expect(makeFilter({ sections: ['Advanced'] }, nobody)(merged)).toBe(false)
  })
})

describe('status filter', () => {
  it('counts a checked checklist item never touched as Learning, as the sidebar says', () => {
    const ticked: CatalogEntry = { ...makeEntry('decorators'), checked: true }
    const open: CatalogEntry = { ...makeEntry('generators'), checked: false }
    const learning = makeFilter({ status: ['learning'] }, nobody)
    expect(learning(ticked)).toBe(true)
    expect(learning(open)).toBe(false)
    expect(makeFilter({ status: ['new'] }, nobody)(open)).toBe(true)
  })

  it('follows the stored state once the user changed it', () => {
    const ticked: CatalogEntry = { ...makeEntry('decorators'), checked: true }
    const reset: PersonalView = {
      study: () => ({ status: 'new', favourite: false, tags: [], updatedAt: 1 }),
      answered: () => false
    }
    expect(makeFilter({ status: ['learning'] }, reset)(ticked)).toBe(false)
  })
})
