import { describe, expect, it } from 'vitest'
import { InvalidArgumentsError, validateArgs } from '../../../../src/shared/ipc/validateArgs'

const valid = {
  v: 1,
  query: '__init__',
  filters: { sources: [], sections: [], status: [], favourite: true, answered: false },
  browseAll: true,
  openId: null,
  resultsScroll: 0,
  view: 'study'
}

describe('session:save arguments', () => {
  it('accepts a well-formed window state', () => {
    expect(validateArgs('session:save', [valid])).toEqual([valid])
  })

  it.each([
    ['a path as the open question', { ...valid, openId: 'C:\\Users\\me\\notes.md' }],
    ['an unknown key', { ...valid, notebookDir: '/tmp/elsewhere' }],
    ['a non-finite scroll', { ...valid, resultsScroll: Number.POSITIVE_INFINITY }],
    ['a query over the search limit', { ...valid, query: 'q'.repeat(1001) }],
    ['filters with an unknown key', { ...valid, filters: { ...valid.filters, path: '/' } }]
  ])('refuses %s', (_name, state) => {
    expect(() => validateArgs('session:save', [state])).toThrow(InvalidArgumentsError)
  })
})
