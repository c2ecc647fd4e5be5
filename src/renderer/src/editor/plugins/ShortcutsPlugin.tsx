import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import {
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_NORMAL,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  mergeRegister
} from 'lexical'
import { useEffect } from 'react'
import { setBlockType } from './blockFormat'
import { matchShortcut } from './shortcuts'

/** Binds the shortcut table; swallows underline, which Markdown cannot store. */
export function ShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const shortcut = matchShortcut(event)
            if (!shortcut) return false
            event.preventDefault()
            const { action } = shortcut
            if (action.kind === 'format') editor.dispatchCommand(FORMAT_TEXT_COMMAND, action.format)
            else setBlockType(editor, action.block)
            return true
          },
          COMMAND_PRIORITY_NORMAL
        ),
        // Underline has no Markdown spelling: it would vanish on the next load.
        editor.registerCommand(
          FORMAT_TEXT_COMMAND,
          (format) => format === 'underline',
          COMMAND_PRIORITY_HIGH
        )
      ),
    [editor]
  )
  return null
}
