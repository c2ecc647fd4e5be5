/**
 * The editor's keyboard shortcuts, in one table so the toolbar can show the same keys it binds.
 * Ctrl+B / Ctrl+I and undo / redo are handled by Lexical itself; these are the rest.
 */
import type { BlockType } from './blockFormat'

export type ShortcutAction =
  { kind: 'format'; format: 'code' | 'strikethrough' } | { kind: 'block'; block: BlockType }

export interface Shortcut {
  /** KeyboardEvent.code, layout-independent. */
  code: string
  shift: boolean
  alt: boolean
  action: ShortcutAction
  /** Shown in tooltips and aria-keyshortcuts. */
  label: string
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    code: 'KeyE',
    shift: false,
    alt: false,
    action: { kind: 'format', format: 'code' },
    label: 'E'
  },
  {
    code: 'KeyX',
    shift: true,
    alt: false,
    action: { kind: 'format', format: 'strikethrough' },
    label: 'Shift+X'
  },
  {
    code: 'Digit1',
    shift: false,
    alt: true,
    action: { kind: 'block', block: 'h1' },
    label: 'Alt+1'
  },
  {
    code: 'Digit2',
    shift: false,
    alt: true,
    action: { kind: 'block', block: 'h2' },
    label: 'Alt+2'
  },
  {
    code: 'Digit3',
    shift: false,
    alt: true,
    action: { kind: 'block', block: 'h3' },
    label: 'Alt+3'
  },
  {
    code: 'Digit0',
    shift: false,
    alt: true,
    action: { kind: 'block', block: 'paragraph' },
    label: 'Alt+0'
  },
  {
    code: 'Digit8',
    shift: true,
    alt: false,
    action: { kind: 'block', block: 'bullet' },
    label: 'Shift+8'
  },
  {
    code: 'Digit7',
    shift: true,
    alt: false,
    action: { kind: 'block', block: 'number' },
    label: 'Shift+7'
  },
  {
    code: 'Digit9',
    shift: true,
    alt: false,
    action: { kind: 'block', block: 'check' },
    label: 'Shift+9'
  },
  {
    code: 'KeyQ',
    shift: false,
    alt: true,
    action: { kind: 'block', block: 'quote' },
    label: 'Alt+Q'
  },
  {
    code: 'KeyC',
    shift: false,
    alt: true,
    action: { kind: 'block', block: 'code' },
    label: 'Alt+C'
  }
]

/** True on macOS, where the modifier is Cmd rather than Ctrl. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** "Ctrl+E" / "⌘E" style text for a shortcut label. */
export function shortcutText(label: string): string {
  return IS_MAC ? `⌘${label.replace('Shift+', '⇧').replace('Alt+', '⌥')}` : `Ctrl+${label}`
}

/** The aria-keyshortcuts value for a shortcut label. */
export function ariaShortcut(label: string): string {
  return `${IS_MAC ? 'Meta' : 'Control'}+${label}`
}

/** The shortcut a key press means, if any. */
export function matchShortcut(event: KeyboardEvent): Shortcut | null {
  const mod = IS_MAC ? event.metaKey : event.ctrlKey
  if (!mod) return null
  return (
    SHORTCUTS.find(
      (s) => s.code === event.code && s.shift === event.shiftKey && s.alt === event.altKey
    ) ?? null
  )
}

/** The label of the shortcut bound to a block type or format. */
export function labelFor(action: ShortcutAction): string | null {
  const found = SHORTCUTS.find((s) =>
    s.action.kind === 'block' && action.kind === 'block'
      ? s.action.block === action.block
      : s.action.kind === 'format' && action.kind === 'format' && s.action.format === action.format
  )
  return found?.label ?? null
}
