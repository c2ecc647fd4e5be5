import { describe, expect, it } from 'vitest'
import { InvalidArgumentsError, validateArgs } from '../../../../../src/shared/ipc/validateArgs'

describe('study channel argument guards', () => {
  it('accepts every session scope', () => {
    const scopes = [
      { kind: 'all' },
      { kind: 'source', source: 'python.md' },
      { kind: 'section', section: 'Django ORM', source: 'django.md' },
      { kind: 'search', query: 'gil', filters: { status: ['new'], favourite: true } },
      { kind: 'favourites' },
      { kind: 'unanswered' },
      { kind: 'unchecked' },
      { kind: 'due' }
    ]
    for (const scope of scopes)
      expect(validateArgs('study:startSession', [{ scope, limit: 10 }])).toEqual([
        { scope, limit: 10 }
      ])
  })

  it('rejects unknown scopes, stray fields and silly limits', () => {
    const bad = [
      [{ scope: { kind: 'everything' } }],
      [{ scope: { kind: 'all', extra: 1 } }],
      [{ scope: { kind: 'source' } }],
      [{ scope: { kind: 'all' }, limit: 0 }],
      [{ scope: { kind: 'all' }, limit: 1.5 }],
      []
    ]
    for (const args of bad)
      expect(() => validateArgs('study:startSession', args)).toThrow(InvalidArgumentsError)
  })

  it('accepts grades 1-4 with an optional draft, and nothing else', () => {
    expect(validateArgs('study:review', [{ id: 'what-is-gil', grade: 4, draft: 'x' }])).toEqual([
      { id: 'what-is-gil', grade: 4, draft: 'x' }
    ])
    for (const grade of [0, 5, 2.5, '3'])
      expect(() => validateArgs('study:review', [{ id: 'what-is-gil', grade }])).toThrow(
        /study:review/
      )
    expect(() => validateArgs('study:review', [{ id: '../etc/passwd', grade: 3 }])).toThrow()
    expect(() => validateArgs('study:progress', [{ days: 0 }])).toThrow()
    expect(validateArgs('study:progress', [{}])).toEqual([{}])
  })
})
