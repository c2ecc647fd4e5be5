import { describe, expect, it } from 'vitest'
import { combineNotes } from '../../../../../src/shared/domain/overrides/combineNotes'
import {
  formatOverridesFile,
  readOverridesFile
} from '../../../../../src/shared/domain/overrides/overridesFile'
import type { Override } from '../../../../../src/shared/domain/overrides/types'

const sample: Override[] = [
  {
    id: 'c1',
    at: '2026-12-01T20:00:00.000Z',
    target: { id: 'gil-4c75ea444d', prompt: 'What is the GIL?', file: 'doc.md' },
    change: { type: 'prompt', base: 'What is the GIL?', value: 'What is the GIL (lock)?' }
  },
  {
    id: 'c2',
    at: '2026-12-01T20:00:01.000Z',
    target: { id: 'a-0000000000', prompt: 'A' },
    change: { type: 'merge', into: { id: 'b-1111111111', prompt: 'B', file: 'x.md' } }
  }
]

describe('corrections.json', () => {
  it('round-trips as readable, pretty-printed JSON', () => {
    const text = formatOverridesFile(sample)
    expect(text).toContain('\n  "corrections": [\n')
    expect(readOverridesFile(text)).toEqual({ overrides: sample, problems: [] })
  })

  it('treats a missing or empty file as no corrections', () => {
    expect(readOverridesFile(null)).toEqual({ overrides: [], problems: [] })
    expect(readOverridesFile('  \n')).toEqual({ overrides: [], problems: [] })
  })

  it('reports broken JSON and foreign files instead of loading them', () => {
    expect(readOverridesFile('{').problems[0]).toMatch(/not valid JSON/)
    expect(readOverridesFile('{"a":1}').problems).toEqual([
      'it is not a Study Notebook corrections file'
    ])
  })

  it('skips one malformed correction and keeps the others', () => {
    const data = JSON.parse(formatOverridesFile(sample)) as { corrections: unknown[] }
    data.corrections.splice(1, 0, { id: 'bad', change: { type: 'explode' } })
    const read = readOverridesFile(JSON.stringify(data))
    expect(read.overrides.map((o) => o.id)).toEqual(['c1', 'c2'])
    expect(read.problems).toEqual(['correction 2 is malformed and was skipped'])
  })
})

describe('combineNotes', () => {
  it('keeps both texts when both entries had an answer', () => {
    const text = combineNotes(
      { prompt: 'What is a middleware?', markdown: 'Wraps requests.' },
      { prompt: 'How do middlewares run?', markdown: 'In order, then reversed.\n' }
    )
    expect(text).toContain('Wraps requests.')
    expect(text).toContain('In order, then reversed.')
    expect(text).toContain('Merged from "How do middlewares run?"')
  })

  it('takes whichever text exists, and one copy of identical texts', () => {
    expect(combineNotes({ prompt: 'a', markdown: null }, { prompt: 'b', markdown: 'B' })).toBe('B')
    expect(combineNotes({ prompt: 'a', markdown: 'A' }, { prompt: 'b', markdown: '' })).toBe('A')
    expect(combineNotes({ prompt: 'a', markdown: 'Same' }, { prompt: 'b', markdown: 'Same' })).toBe(
      'Same'
    )
  })
})
