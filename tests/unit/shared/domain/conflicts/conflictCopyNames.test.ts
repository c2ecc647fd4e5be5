import { describe, expect, it } from 'vitest'
import { findConflictCopies } from '../../../../../src/shared/domain/conflicts/conflictCopyNames'

describe('findConflictCopies', () => {
  it.each([
    ['dropbox', 'gil (conflicted copy 2026-01-05).md', 'gil.md'],
    ['dropbox', "gil (Anna's MacBook's conflicted copy 2026-01-05).md", 'gil.md'],
    ['nextcloud', 'gil (conflicted copy 2026-01-05 101500).md', 'gil.md'],
    ['nextcloud', 'My questions (conflicted copy anna 2026-01-05-10-15-00).md', 'My questions.md'],
    ['syncthing', 'gil.sync-conflict-20260105-101500-ABCDEF7.md', 'gil.md'],
    ['syncthing', 'abc123.sync-conflict-20260105-101500-7XQ2LMN.jsonl', 'abc123.jsonl'],
    ['dropbox', 'corrections (conflicted copy 2026-01-05).json', 'corrections.json'],
    ['study-notebook', 'gil-4c75ea444d.conflict-1767603600000.md', 'gil-4c75ea444d.md']
  ])('recognises %s naming: %s', (tool, copy, original) => {
    expect(findConflictCopies([original, copy])).toEqual([{ copy, original, tool }])
  })

  it('takes Google Drive "(1)" and iCloud " 2" names only when the original is there', () => {
    expect(findConflictCopies(['gil.md', 'gil (1).md', 'gil 2.md'])).toEqual([
      { copy: 'gil (1).md', original: 'gil.md', tool: 'google-drive' },
      { copy: 'gil 2.md', original: 'gil.md', tool: 'icloud' }
    ])
    expect(findConflictCopies(['plan (1).md', 'chapter 2.md', 'notes.md'])).toEqual([])
  })

  it('leaves ordinary answer files alone', () => {
    expect(
      findConflictCopies(['gil.md', 'asyncio-2.md', 'My questions.md', 'corrections.json'])
    ).toEqual([])
  })
})
