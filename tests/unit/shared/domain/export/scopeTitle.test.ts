import { describe, expect, it } from 'vitest'
import { scopeTitle } from '../../../../../src/shared/domain/export/scopeTitle'

describe('scopeTitle', () => {
  it('names everything "Study Notebook"', () => {
    expect(scopeTitle({})).toBe('Study Notebook')
    expect(scopeTitle({ query: '   ', filters: {} })).toBe('Study Notebook')
  })

  it('names a search with its filters, sources by file name', () => {
    expect(
      scopeTitle({
        query: ' decorator ',
        filters: {
          sections: ['Django'],
          sources: ['/home/me/notes/python.md'],
          status: ['learning'],
          answered: false,
          favourite: true
        }
      })
    ).toBe('Study Notebook – “decorator” · Django · python.md · learning · unanswered · favourites')
  })

  it('keeps long titles to 120 characters', () => {
    const title = scopeTitle({ query: 'x'.repeat(500) })
    expect(title).toHaveLength(120)
    expect(title.endsWith('…')).toBe(true)
  })
})
