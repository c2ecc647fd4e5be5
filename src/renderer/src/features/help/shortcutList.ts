/**
 * Every keyboard shortcut of the app, for Help → Keyboard shortcuts. The editor's come from the
 * table its key handler binds (`editor/plugins/shortcuts.ts`); the rest are listed here and a
 * unit test holds them equal to the README's "Keyboard shortcuts" section, so neither drifts.
 */
import { SHORTCUTS as EDITOR_SHORTCUTS } from '@renderer/editor/plugins/shortcuts'

export interface ShortcutRow {
  /** Keys as the README writes them ("Ctrl/Cmd+K", "j / k"). */
  keys: string
  does: string
}

export interface ShortcutGroup {
  name: string
  rows: ShortcutRow[]
}

const BLOCK_NAMES: Record<string, string> = {
  h1: 'Heading 1',
  h2: 'Heading 2',
  h3: 'Heading 3',
  paragraph: 'Normal text',
  bullet: 'Bulleted list',
  number: 'Numbered list',
  check: 'Checklist',
  quote: 'Quote',
  code: 'Code block'
}

const editorRows: ShortcutRow[] = EDITOR_SHORTCUTS.map((s) => ({
  keys: `Ctrl/Cmd+${s.label}`,
  does:
    s.action.kind === 'format'
      ? s.action.format === 'code'
        ? 'Inline code'
        : 'Strikethrough'
      : (BLOCK_NAMES[s.action.block] ?? s.action.block)
}))

/** The groups shown in the dialog, in order. */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    name: 'Anywhere',
    rows: [
      { keys: 'Ctrl/Cmd+K or /', does: 'Search' },
      { keys: 'Ctrl/Cmd+N', does: 'New question' },
      { keys: 'Ctrl/Cmd+O', does: 'Add source' },
      { keys: 'Ctrl/Cmd+Alt+E', does: 'Export' },
      { keys: 'Ctrl/Cmd+,', does: 'Settings' },
      { keys: 'Ctrl/Cmd+/ or ?', does: 'Keyboard shortcuts' },
      { keys: 'Ctrl/Cmd+\\', does: 'Show or hide the sidebar' },
      { keys: 'Ctrl/Cmd+Shift+L', does: 'Toggle theme' },
      { keys: 'Ctrl/Cmd+Z', does: 'Undo the last catalog change (outside text)' },
      { keys: 'Esc', does: 'Close a dialog, or go back' }
    ]
  },
  {
    name: 'Search and results',
    rows: [
      { keys: '↓ / ↑ or j / k', does: 'Move through the results' },
      { keys: 'PageDown / PageUp, Home / End', does: 'Move a page, or to the ends' },
      { keys: 'Enter or o', does: 'Open the question' },
      { keys: 'e', does: 'Jump into My answer' }
    ]
  },
  {
    name: 'My answer',
    rows: [
      { keys: 'Ctrl/Cmd+B', does: 'Bold' },
      { keys: 'Ctrl/Cmd+I', does: 'Italic' },
      ...editorRows,
      { keys: 'Tab / Shift+Tab', does: 'Indent / outdent in a code block' },
      { keys: 'Ctrl/Cmd+click', does: 'Open a link' }
    ]
  },
  {
    name: 'Study',
    rows: [
      { keys: 'Space', does: 'Reveal the answer' },
      { keys: 'Ctrl/Cmd+Enter', does: 'Reveal while typing a draft' },
      { keys: '1 / 2 / 3 / 4', does: 'Grade: Again / Hard / Good / Easy' }
    ]
  }
]
