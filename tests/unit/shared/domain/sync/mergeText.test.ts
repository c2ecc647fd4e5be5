import { describe, expect, it } from 'vitest'
import { hasConflictMarkers } from '../../../../../src/shared/domain/conflicts/conflictMarkers'
import { mergeNotebookFile, mergeText } from '../../../../../src/shared/domain/sync/mergeText'
import { unionLines } from '../../../../../src/shared/domain/sync/unionLines'

const rec = (id: string, at: number) => JSON.stringify({ v: 1, id, at })

describe('unionLines', () => {
  it('keeps every line of both sides once, ordered by time', () => {
    const base = `${rec('a', 1)}\n`
    const ours = `${rec('a', 1)}\n${rec('c', 3)}\n`
    const theirs = `${rec('a', 1)}\n${rec('b', 2)}\n${rec('c', 3)}\n`
    expect(unionLines(base, ours, theirs)).toBe(`${rec('a', 1)}\n${rec('b', 2)}\n${rec('c', 3)}\n`)
  })

  it('keeps first-seen order when a line has no time, and drops no unreadable line', () => {
    expect(unionLines('', `x\n${rec('a', 5)}\n`, `${rec('b', 1)}\ny\n`)).toBe(
      `x\n${rec('a', 5)}\n${rec('b', 1)}\ny\n`
    )
  })

  it('keeps a line the other side removed (logs only grow)', () => {
    expect(unionLines(`${rec('a', 1)}\n`, '', `${rec('a', 1)}\n${rec('b', 2)}\n`)).toBe(
      `${rec('a', 1)}\n${rec('b', 2)}\n`
    )
  })
})

describe('mergeText', () => {
  it('combines edits of different lines', () => {
    const merged = mergeText('one\ntwo\nthree\n', 'ONE\ntwo\nthree\n', 'one\ntwo\nTHREE\n')
    expect(merged).toEqual({ clean: true, text: 'ONE\ntwo\nTHREE\n' })
  })

  it('writes a conflict block with both texts (mine first) for edits of the same line', () => {
    const merged = mergeText('a\nold\nz\n', 'a\nmine\nz\n', 'a\ntheirs')
    expect(merged.clean).toBe(false)
    expect(merged.text).toBe(
      'a\n<<<<<<< this computer\nmine\nz\n=======\ntheirs\n>>>>>>> the other computer\n'
    )
    expect(hasConflictMarkers(merged.text)).toBe(true)
  })

  it('treats the same edit on both sides as no conflict', () => {
    expect(mergeText('a\n', 'b\n', 'b\n')).toEqual({ clean: true, text: 'b\n' })
  })

  it('merges .jsonl files as unions and other files line-wise', () => {
    expect(mergeNotebookFile('d.jsonl', '', 'x\n', 'y\n')).toEqual({ clean: true, text: 'x\ny\n' })
    expect(mergeNotebookFile('d.md', '', 'x\n', 'y\n').clean).toBe(false)
  })
})

describe('hasConflictMarkers', () => {
  it('needs a complete block in order', () => {
    expect(hasConflictMarkers('<<<<<<< a\nx\n=======\ny\n>>>>>>> b\n')).toBe(true)
    expect(hasConflictMarkers('<<<<<<< a\r\nx\r\n=======\r\ny\r\n>>>>>>> b\r\n')).toBe(true)
    expect(hasConflictMarkers('=======\n<<<<<<< a\nx\n')).toBe(false)
    expect(hasConflictMarkers('Setext heading\n=======\n')).toBe(false)
  })
})
