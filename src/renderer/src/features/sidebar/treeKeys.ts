/**
 * The keyboard model of the sidebar tree (the ARIA tree pattern, as in VS Code's explorer), as a
 * pure function from the visible rows, the focused row and a key to what should happen. The
 * component only applies the answer, so every rule here is unit-tested without a DOM.
 */

/** One visible row of the tree, top to bottom. */
export interface TreeRow {
  /** 1 for "All questions" and sources, 2 for sections. */
  level: number
  /** Has children that can be shown or hidden. */
  expandable: boolean
  expanded: boolean
  /** Visible text, for type-ahead. */
  label: string
  /** Rows that cannot be activated (an unreadable source) are still focusable. */
  disabled?: boolean
}

/** What a key press asks for; `null` leaves the key to the browser. */
export type TreeAction =
  | { kind: 'focus'; index: number }
  | { kind: 'expand'; index: number }
  | { kind: 'collapse'; index: number }
  | { kind: 'activate'; index: number }
  | null

/** The row that contains `index`: the nearest row above it one level up, or -1. */
export function parentOf(rows: readonly TreeRow[], index: number): number {
  const level = rows[index]?.level ?? 1
  for (let i = index - 1; i >= 0; i--) if ((rows[i]?.level ?? 1) < level) return i
  return -1
}

/** The next row after `from` (wrapping) whose label starts with `letter`, or -1. */
export function typeAhead(rows: readonly TreeRow[], from: number, letter: string): number {
  const wanted = letter.toLocaleLowerCase()
  for (let step = 1; step <= rows.length; step++) {
    const i = (from + step) % rows.length
    if (rows[i]?.label.trimStart().toLocaleLowerCase().startsWith(wanted)) return i
  }
  return -1
}

/**
 * Up/Down move, Home/End jump, Right expands a closed row or enters an open one, Left collapses
 * an open row or goes to its parent, Enter/Space activate, a letter jumps to the next row that
 * starts with it. Modified keys are never taken (Ctrl/Cmd+K and friends stay global).
 */
export function treeKeyAction(
  rows: readonly TreeRow[],
  current: number,
  key: string,
  modifiers: { ctrl?: boolean; meta?: boolean; alt?: boolean } = {}
): TreeAction {
  if (rows.length === 0 || modifiers.ctrl || modifiers.meta || modifiers.alt) return null
  const at = Math.min(Math.max(0, current), rows.length - 1)
  const row = rows[at]!
  const focus = (index: number): TreeAction =>
    index >= 0 && index < rows.length ? { kind: 'focus', index } : null
  switch (key) {
    case 'ArrowDown':
      return at < rows.length - 1 ? focus(at + 1) : null
    case 'ArrowUp':
      return at > 0 ? focus(at - 1) : null
    case 'Home':
      return focus(0)
    case 'End':
      return focus(rows.length - 1)
    case 'ArrowRight':
      if (!row.expandable) return null
      if (!row.expanded) return { kind: 'expand', index: at }
      // An open row's first child is the next row, one level deeper.
      return (rows[at + 1]?.level ?? 0) > row.level ? focus(at + 1) : null
    case 'ArrowLeft':
      if (row.expandable && row.expanded) return { kind: 'collapse', index: at }
      return focus(parentOf(rows, at))
    case 'Enter':
    case ' ':
      return row.disabled ? null : { kind: 'activate', index: at }
    default:
      if ([...key].length === 1 && /\p{L}|\p{N}/u.test(key)) return focus(typeAhead(rows, at, key))
      return null
  }
}
