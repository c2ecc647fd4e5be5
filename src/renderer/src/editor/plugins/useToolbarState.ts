/** What the toolbar shows as pressed: formats at the caret, the block kind, link, undo/redo. */
import { $isLinkNode } from '@lexical/link'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $findMatchingParent } from '@lexical/utils'
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  mergeRegister
} from 'lexical'
import { useEffect, useState } from 'react'
import { $currentBlockType, type BlockType } from './blockFormat'

export interface ToolbarState {
  bold: boolean
  italic: boolean
  code: boolean
  strikethrough: boolean
  link: boolean
  block: BlockType
  codeLanguage: string | null
  canUndo: boolean
  canRedo: boolean
}

const INITIAL: ToolbarState = {
  bold: false,
  italic: false,
  code: false,
  strikethrough: false,
  link: false,
  block: 'paragraph',
  codeLanguage: null,
  canUndo: false,
  canRedo: false
}

/** Follows the editor and returns the toolbar's state. */
export function useToolbarState(): ToolbarState {
  const [editor] = useLexicalComposerContext()
  const [state, setState] = useState<ToolbarState>(INITIAL)
  useEffect(() => {
    const read = (): void => {
      editor.getEditorState().read(() => {
        const selection = $getSelection()
        const { type, codeLanguage } = $currentBlockType()
        const inRange = $isRangeSelection(selection)
        const link = inRange
          ? $findMatchingParent(selection.anchor.getNode(), $isLinkNode) !== null
          : false
        setState((prev) => ({
          ...prev,
          bold: inRange && selection.hasFormat('bold'),
          italic: inRange && selection.hasFormat('italic'),
          code: inRange && selection.hasFormat('code'),
          strikethrough: inRange && selection.hasFormat('strikethrough'),
          link,
          block: type,
          codeLanguage
        }))
      })
    }
    read()
    return mergeRegister(
      editor.registerUpdateListener(read),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (canUndo) => {
          setState((prev) => ({ ...prev, canUndo }))
          return false
        },
        COMMAND_PRIORITY_LOW
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (canRedo) => {
          setState((prev) => ({ ...prev, canRedo }))
          return false
        },
        COMMAND_PRIORITY_LOW
      )
    )
  }, [editor])
  return state
}
