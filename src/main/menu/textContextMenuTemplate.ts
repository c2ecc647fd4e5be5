/**
 * The text context menu as data: from what Electron says about the right-click (`context-menu`
 * params) to a menu template. Pure, so every case is unit-tested without Electron.
 */
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron'

/** The part of Electron's `context-menu` params the menu depends on. */
export type TextMenuParams = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'
>

export interface TextMenuActions {
  replaceMisspelling(word: string): void
  addToDictionary(word: string): void
}

// Enough to choose from; Chromium offers up to about five.
const MAX_SUGGESTIONS = 5

/**
 * Spelling first (on a misspelled word in editable text: the suggestions, or "No suggestions",
 * then "Add to dictionary"), then Cut / Copy / Paste / Select all as the field allows. Read-only
 * text with a selection gets Copy only; anywhere else, no menu ([]).
 */
export function textContextMenuTemplate(
  params: TextMenuParams,
  actions: TextMenuActions
): MenuItemConstructorOptions[] {
  const flags = params.editFlags
  const hasSelection = params.selectionText.trim().length > 0
  if (!params.isEditable)
    return hasSelection ? [{ role: 'copy', label: 'Copy', enabled: flags.canCopy }] : []

  const items: MenuItemConstructorOptions[] = []
  const word = params.misspelledWord
  if (word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS)
    if (suggestions.length === 0) items.push({ label: 'No suggestions', enabled: false })
    for (const suggestion of suggestions)
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) })
    items.push(
      { label: `Add “${word}” to dictionary`, click: () => actions.addToDictionary(word) },
      { type: 'separator' }
    )
  }
  items.push(
    { role: 'cut', label: 'Cut', enabled: flags.canCut },
    { role: 'copy', label: 'Copy', enabled: flags.canCopy },
    { role: 'paste', label: 'Paste', enabled: flags.canPaste },
    { type: 'separator' },
    { role: 'selectAll', label: 'Select all', enabled: flags.canSelectAll }
  )
  return items
}
