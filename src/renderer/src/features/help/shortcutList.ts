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
  /** Also on the welcome screen (the essentials). */
  welcome?: boolean
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
      { keys: 'Ctrl/Cmd+K or /', does: 'Search (/ outside text fields)', welcome: true },
      { keys: 'Ctrl/Cmd+N', does: 'New question' },
      { keys: 'Ctrl/Cmd+O', does: 'Add source' },
      { keys: 'Ctrl/Cmd+Alt+E', does: 'Export' },
      { keys: 'Ctrl/Cmd+,', does: 'Settings' },
      { keys: 'Ctrl/Cmd+/ or ?', does: 'All keyboard shortcuts', welcome: true },
      { keys: 'Ctrl/Cmd+\\', does: 'Show or hide the sidebar', welcome: true },
      { keys: 'Ctrl/Cmd+Shift+L', does: 'Toggle theme' },
      { keys: 'Ctrl/Cmd+Z', does: 'Undo the last catalog change (outside text)' },
      { keys: 'Alt+← / Alt+→', does: 'Back / forward through the questions you opened' },
      { keys: 'Cmd+[ / Cmd+]', does: 'Back / forward on macOS (there Alt+← works outside text)' },
      { keys: 'Mouse back / forward', does: 'Back / forward through the questions you opened' },
      { keys: 'Esc', does: 'Close a dialog or menu' }
    ]
  },
  {
    name: 'Search and results',
    rows: [
      { keys: '↓ / ↑ or j / k', does: 'Move through the results', welcome: true },
      { keys: 'PageDown / PageUp', does: 'Move a page of results' },
      { keys: 'Home / End', does: 'First / last result' },
      { keys: 'Enter or o', does: 'Open the highlighted question', welcome: true },
      { keys: 'e', does: 'Write my answer (outside text fields)', welcome: true },
      { keys: 'Ctrl/Cmd+Shift+E', does: 'Jump into my answer from anywhere', welcome: true },
      {
        keys: 'Esc',
        does: 'Clear the search, or leave my answer, then go to the results',
        welcome: true
      }
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
      { keys: 'Space', does: 'Reveal the reference answer', welcome: true },
      { keys: 'Ctrl/Cmd+Enter', does: 'Reveal while typing a draft', welcome: true },
      { keys: '1 / 2 / 3 / 4', does: 'Grade: Again, Hard, Good, Easy', welcome: true }
    ]
  }
]
