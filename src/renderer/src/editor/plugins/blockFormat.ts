/**
 * Block-level formatting shared by the toolbar and the keyboard shortcuts: what block the caret
 * is in, and how to turn the selected blocks into another kind.
 */
import { $createCodeNode, $isCodeNode } from '@lexical/code'
import {
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND
} from '@lexical/list'
import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode
} from '@lexical/rich-text'
import { $setBlocksType } from '@lexical/selection'
import { $getNearestNodeOfType } from '@lexical/utils'
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type LexicalEditor,
  type LexicalNode
} from 'lexical'

export type BlockType =
  'paragraph' | 'h1' | 'h2' | 'h3' | 'bullet' | 'number' | 'check' | 'quote' | 'code'

/** The default language of a code block made from the toolbar (the notebook is Python-first). */
export const DEFAULT_CODE_LANGUAGE = 'python'

/** The kind of block holding the selection's anchor (call inside a read). */
export function $currentBlockType(): { type: BlockType; codeLanguage: string | null } {
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return { type: 'paragraph', codeLanguage: null }
  const anchor = selection.anchor.getNode()
  const block = topLevelBlock(anchor)
  if ($isCodeNode(block)) return { type: 'code', codeLanguage: block.getLanguage() ?? null }
  const list = $getNearestNodeOfType(anchor, ListNode)
  if (list) {
    const kind = list.getListType()
    return {
      type: kind === 'check' ? 'check' : kind === 'number' ? 'number' : 'bullet',
      codeLanguage: null
    }
  }
  if ($isHeadingNode(block)) {
    const tag = block.getTag()
    return { type: tag === 'h1' || tag === 'h2' ? tag : 'h3', codeLanguage: null }
  }
  if ($isQuoteNode(block)) return { type: 'quote', codeLanguage: null }
  return { type: 'paragraph', codeLanguage: null }
}

function topLevelBlock(node: LexicalNode): LexicalNode | null {
  let current: LexicalNode | null = node
  while (current) {
    const parent: LexicalNode | null = current.getParent()
    if (parent === null || $isRootOrShadowRoot(parent)) return current
    current = parent
  }
  return null
}

/**
 * Turns the selected blocks into `target`; choosing the current kind again turns them back into
 * paragraphs (a toggle, like the toolbar buttons' pressed state suggests).
 */
export function setBlockType(editor: LexicalEditor, target: BlockType): void {
  const current = editor.getEditorState().read(() => $currentBlockType().type)
  const next: BlockType = current === target ? 'paragraph' : target
  if (next === 'bullet' || next === 'number' || next === 'check') {
    const command =
      next === 'bullet'
        ? INSERT_UNORDERED_LIST_COMMAND
        : next === 'number'
          ? INSERT_ORDERED_LIST_COMMAND
          : INSERT_CHECK_LIST_COMMAND
    editor.dispatchCommand(command, undefined)
    return
  }
  if (current === 'bullet' || current === 'number' || current === 'check') {
    editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined)
    if (next === 'paragraph') return
  }
  editor.update(() => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection)) return
    if (next === 'paragraph') $setBlocksType(selection, () => $createParagraphNode())
    else if (next === 'quote') $setBlocksType(selection, () => $createQuoteNode())
    else if (next === 'code')
      $setBlocksType(selection, () => $createCodeNode(DEFAULT_CODE_LANGUAGE))
    else $setBlocksType(selection, () => $createHeadingNode(next))
  })
}

/** Sets the language of the code block holding the caret. */
export function setCodeLanguage(editor: LexicalEditor, language: string): void {
  editor.update(() => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection)) return
    const block = topLevelBlock(selection.anchor.getNode())
    if ($isCodeNode(block)) block.setLanguage(language)
  })
}
