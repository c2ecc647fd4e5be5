import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import {
  mergeRegister,
  BLUR_COMMAND,
  COMMAND_PRIORITY_LOW,
  HISTORY_MERGE_TAG,
  KEY_ESCAPE_COMMAND,
  type EditorState,
  type LexicalEditor
} from 'lexical'
import { $exportAnswerMarkdown } from '../markdown/answerMarkdown'
import { useLayoutEffect, useRef } from 'react'

function sameMarkdown(a: EditorState, b: EditorState): boolean {
  return a.read(() => $exportAnswerMarkdown()) === b.read(() => $exportAnswerMarkdown())
}

/** Update tag for programmatic loads, which are not user edits and must not trigger a save. */
export const LOAD_TAG = 'notebook-load'

export interface EditorEventsProps {
  /** The user changed the document (not just the selection, not a load). */
  onEdit: () => void
  onBlur?: () => void
  /** Escape leaves the editor; the app decides where focus goes next. */
  onEscape?: () => void
  /** Called once with the editor instance (kept by the caller past unmount, for the last flush). */
  onReady?: (editor: LexicalEditor) => void
}

/** Reports edits, blur and Escape to the answer panel. */
export function EditorEventsPlugin(props: EditorEventsProps): null {
  const { onEdit, onBlur, onEscape, onReady } = props
  const [editor] = useLexicalComposerContext()
  const ready = useRef(onReady)
  useLayoutEffect(() => {
    ready.current?.(editor)
  }, [editor])
  const handlers = useRef({ onEdit, onBlur, onEscape })
  useLayoutEffect(() => {
    handlers.current = { onEdit, onBlur, onEscape }
  })
  // Registered in the commit itself (a layout effect), not after it: the content element is
  // already in the page then, and an edit made before a passive effect ran would go unsaved.
  useLayoutEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener((update) => {
          const { dirtyElements, dirtyLeaves, tags, prevEditorState, editorState } = update
          if (tags.has(LOAD_TAG) || prevEditorState.isEmpty()) return
          if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
          // Registering a node transform (the highlighter, on mount) re-runs transforms in a
          // 'history-merge' update that changes no text: not an edit, nothing to save.
          if (tags.has(HISTORY_MERGE_TAG) && sameMarkdown(prevEditorState, editorState)) return
          handlers.current.onEdit()
        }),
        editor.registerCommand(
          BLUR_COMMAND,
          () => {
            handlers.current.onBlur?.()
            return false
          },
          COMMAND_PRIORITY_LOW
        ),
        editor.registerCommand(
          KEY_ESCAPE_COMMAND,
          (event) => {
            if (!handlers.current.onEscape) return false
            event.preventDefault()
            editor.getRootElement()?.blur()
            handlers.current.onEscape()
            return true
          },
          COMMAND_PRIORITY_LOW
        )
      ),
    [editor]
  )
  return null
}
