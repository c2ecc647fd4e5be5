import { describe, expect, it } from 'vitest'
import { describeChanges } from '../../../../../src/shared/domain/sync/describeChanges'

describe('describeChanges', () => {
  it('counts answers, reviews (lines) and the rest by path', () => {
    const message = describeChanges(
      [
        { path: 'gil.md', kind: 'modified' },
        { path: 'orm-n-plus-one.md', kind: 'added' },
        { path: 'mro.md', kind: 'deleted' },
        { path: 'reviews/abc123.jsonl', kind: 'modified', newLines: 12 },
        { path: 'study/abc123.jsonl', kind: 'added', newLines: 1 },
        { path: 'My questions.md', kind: 'modified' },
        { path: 'corrections.json', kind: 'modified' },
        { path: 'notes/extra.txt', kind: 'added' }
      ],
      'laptop'
    )
    expect(message).toBe(
      'Study Notebook: 3 answers, 12 reviews, 1 study change, my questions, corrections, 1 other file from laptop'
    )
  })

  it('says "files" when nothing else is counted, and singular forms for one', () => {
    expect(describeChanges([{ path: '.gitignore', kind: 'added' }], 'pc')).toBe(
      'Study Notebook: 1 file from pc'
    )
    expect(
      describeChanges([{ path: 'reviews/x.jsonl', kind: 'modified', newLines: 1 }], 'pc')
    ).toBe('Study Notebook: 1 review from pc')
  })
})
