import { describe, expect, it } from 'vitest'
import {
  hasConflictMarkers,
  keepBoth,
  splitConflictMarkers
} from '../../../../../src/shared/domain/conflicts/conflictMarkers'

const MARKED = [
  'The GIL lets one thread run Python bytecode at a time.',
  '<<<<<<< HEAD',
  'Use processes for CPU-bound work.',
  '=======',
  'Use multiprocessing or C extensions for CPU work.',
  '>>>>>>> 1a2b3c4 (laptop)',
  'I/O releases it.',
  ''
].join('\n')

describe('conflict markers', () => {
  it('splits a marked answer into mine and theirs, keeping the shared lines in both', () => {
    const sides = splitConflictMarkers(MARKED)!
    expect(sides.blocks).toBe(1)
    expect(sides.mine).toBe(
      'The GIL lets one thread run Python bytecode at a time.\nUse processes for CPU-bound work.\nI/O releases it.\n'
    )
    expect(sides.theirs).toContain('Use multiprocessing or C extensions for CPU work.\nI/O')
    expect(sides.both).toContain('Use processes for CPU-bound work.\n\n---\n\nUse multiprocessing')
    expect(sides.both).not.toMatch(/^(<{7}|={7}|>{7})/m)
  })

  it('drops the diff3 base section, which neither side kept', () => {
    const diff3 = '<<<<<<< ours\nmine\n||||||| base\nold\n=======\ntheirs\n>>>>>>> theirs\n'
    const sides = splitConflictMarkers(diff3)!
    expect(sides.mine).toBe('mine\n')
    expect(sides.theirs).toBe('theirs\n')
  })

  it('does not see a conflict in text without a complete block', () => {
    expect(hasConflictMarkers('Heading\n=======\nA setext heading, not a conflict.\n')).toBe(false)
    expect(hasConflictMarkers('<<<<<<< HEAD\nhalf a block\n')).toBe(false)
    expect(hasConflictMarkers(MARKED)).toBe(true)
  })

  it('keeps both texts under a separator, never dropping either', () => {
    expect(keepBoth('Mine.\n', 'Theirs.\n')).toBe('Mine.\n\n---\n\nTheirs.\n')
    expect(keepBoth('', 'Theirs.')).toBe('Theirs.')
  })
})
