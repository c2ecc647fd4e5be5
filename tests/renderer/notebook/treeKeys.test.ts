/** Issue #12 item 8: the sidebar tree's keyboard model, key by key. */
import { describe, expect, it } from 'vitest'
import {
  parentOf,
  treeKeyAction,
  typeAhead,
  type TreeRow
} from '@renderer/features/sidebar/treeKeys'

const source = (label: string, expanded: boolean, extra: Partial<TreeRow> = {}): TreeRow => ({
  level: 1,
  expandable: true,
  expanded,
  label,
  ...extra
})
const section = (label: string): TreeRow => ({
  level: 2,
  expandable: false,
  expanded: false,
  label
})

// Django (open: Models, Views) · FastAPI (closed) · Python (open: Basics)
const ROWS: TreeRow[] = [
  source('Django notes', true),
  section('Models'),
  section('Views'),
  source('FastAPI notes', false),
  source('Python notes', true),
  section('Basics')
]

describe('treeKeyAction', () => {
  it('moves down and up one visible row, stopping at the ends', () => {
    expect(treeKeyAction(ROWS, 0, 'ArrowDown')).toEqual({ kind: 'focus', index: 1 })
    expect(treeKeyAction(ROWS, 2, 'ArrowDown')).toEqual({ kind: 'focus', index: 3 })
    expect(treeKeyAction(ROWS, 5, 'ArrowDown')).toBeNull()
    expect(treeKeyAction(ROWS, 3, 'ArrowUp')).toEqual({ kind: 'focus', index: 2 })
    expect(treeKeyAction(ROWS, 0, 'ArrowUp')).toBeNull()
  })

  it('jumps to the first and last row with Home and End', () => {
    expect(treeKeyAction(ROWS, 3, 'Home')).toEqual({ kind: 'focus', index: 0 })
    expect(treeKeyAction(ROWS, 1, 'End')).toEqual({ kind: 'focus', index: 5 })
  })

  it('Right expands a closed row, enters an open one, does nothing on a leaf', () => {
    expect(treeKeyAction(ROWS, 3, 'ArrowRight')).toEqual({ kind: 'expand', index: 3 })
    expect(treeKeyAction(ROWS, 0, 'ArrowRight')).toEqual({ kind: 'focus', index: 1 })
    expect(treeKeyAction(ROWS, 1, 'ArrowRight')).toBeNull()
  })

  it('Left collapses an open row, goes to the parent from a child, stays on a closed root', () => {
    expect(treeKeyAction(ROWS, 0, 'ArrowLeft')).toEqual({ kind: 'collapse', index: 0 })
    expect(treeKeyAction(ROWS, 2, 'ArrowLeft')).toEqual({ kind: 'focus', index: 0 })
    expect(treeKeyAction(ROWS, 5, 'ArrowLeft')).toEqual({ kind: 'focus', index: 4 })
    expect(treeKeyAction(ROWS, 3, 'ArrowLeft')).toBeNull()
  })

  it('Enter and Space activate, except on a disabled row', () => {
    expect(treeKeyAction(ROWS, 2, 'Enter')).toEqual({ kind: 'activate', index: 2 })
    expect(treeKeyAction(ROWS, 4, ' ')).toEqual({ kind: 'activate', index: 4 })
    const broken = [source('Broken', false, { expandable: false, disabled: true })]
    expect(treeKeyAction(broken, 0, 'Enter')).toBeNull()
    // A disabled row can still be focused and left.
    expect(treeKeyAction([...broken, ...ROWS], 0, 'ArrowDown')).toEqual({ kind: 'focus', index: 1 })
  })

  it('a letter jumps to the next row starting with it, wrapping, case-insensitively', () => {
    expect(treeKeyAction(ROWS, 0, 'p')).toEqual({ kind: 'focus', index: 4 })
    expect(treeKeyAction(ROWS, 0, 'V')).toEqual({ kind: 'focus', index: 2 })
    // From Python's Basics, "d" wraps round to Django.
    expect(treeKeyAction(ROWS, 5, 'd')).toEqual({ kind: 'focus', index: 0 })
    expect(treeKeyAction(ROWS, 0, 'z')).toBeNull()
  })

  it('leaves modified keys, Tab and an empty tree to the browser', () => {
    expect(treeKeyAction(ROWS, 0, 'ArrowDown', { ctrl: true })).toBeNull()
    expect(treeKeyAction(ROWS, 0, 'k', { meta: true })).toBeNull()
    expect(treeKeyAction(ROWS, 0, 'ArrowLeft', { alt: true })).toBeNull()
    expect(treeKeyAction(ROWS, 0, 'Tab')).toBeNull()
    expect(treeKeyAction(ROWS, 0, 'Escape')).toBeNull()
    expect(treeKeyAction([], 0, 'ArrowDown')).toBeNull()
  })

  it('clamps a stale current index to the rows that are left', () => {
    expect(treeKeyAction(ROWS, 99, 'ArrowUp')).toEqual({ kind: 'focus', index: 4 })
  })
})

describe('parentOf and typeAhead', () => {
  it('find the row one level up and the next label by its first letter', () => {
    expect(parentOf(ROWS, 2)).toBe(0)
    expect(parentOf(ROWS, 0)).toBe(-1)
    expect(typeAhead(ROWS, 4, 'p')).toBe(4) // the only P row: itself, after a full turn
  })
})
