/**
 * Leaving a code block that ends the answer. Lexical keeps the caret inside a code block on
 * ArrowDown and on Enter (a new code line), so a block typed last ("```py" + code) trapped
 * everything written after it in the code. Here ArrowDown on its last line, or Enter on a
 * second empty line at its end, opens a paragraph below it.
 */
import { $isCodeNode, type CodeNode } from '@lexical/code'
import {
  $createParagraphNode,
  $getSelection,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
  type LexicalNode
} from 'lexical'
import { mergeRegister } from '@lexical/utils'

/** The last code block holding a collapsed caret, with the nodes after the caret in it. */
function $caretInLastCodeBlock(): { code: CodeNode; after: LexicalNode[]; tail: string } | null {
  const selection = $getSelection()
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null
  const anchor = selection.anchor.getNode()
  const code = $isCodeNode(anchor) ? anchor : anchor.getParent()
  if (!$isCodeNode(code) || code.getNextSibling() !== null) return null
  // The caret sits either in a child (text offset) or on the block itself (child index).
  const children = code.getChildren()
  let index: number
  let tail = ''
  if ($isCodeNode(anchor)) index = selection.anchor.offset
  else {
    index = anchor.getIndexWithinParent() + 1
    if ($isTextNode(anchor)) tail = anchor.getTextContent().slice(selection.anchor.offset)
  }
  return { code, after: children.slice(index), tail }
}

function $openParagraphAfter(code: CodeNode): void {
  const paragraph = $createParagraphNode()
  code.insertAfter(paragraph)
  paragraph.select()
}

/** ArrowDown on the last line of a code block that ends the answer. */
export function $exitCodeBlockDown(): boolean {
  const at = $caretInLastCodeBlock()
  if (!at || at.tail.includes('\n') || at.after.some($isLineBreakNode)) return false
  $openParagraphAfter(at.code)
  return true
}

/** Enter at the end of a code block whose last two lines are empty: drops them, leaves it. */
export function $exitCodeBlockOnEnter(): boolean {
  const at = $caretInLastCodeBlock()
  if (!at || at.tail.trim() !== '' || at.after.some((n) => n.getTextContent().trim() !== ''))
    return false
  const children = at.code.getChildren()
  // Walk back over whitespace-only nodes; two line breaks among them mean two empty lines.
  const trailing: LexicalNode[] = []
  let breaks = 0
  for (let i = children.length - 1; i >= 0 && breaks < 2; i--) {
    const node = children[i]!
    if ($isLineBreakNode(node)) breaks++
    else if (node.getTextContent().trim() !== '') break
    trailing.push(node)
  }
  if (breaks < 2) return false
  trailing.forEach((node) => node.remove())
  $openParagraphAfter(at.code)
  return true
}

/** Registers both ways out; returns the cleanup. */
export function registerCodeBlockExit(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      KEY_ARROW_DOWN_COMMAND,
      (event) => {
        if (!$exitCodeBlockDown()) return false
        event?.preventDefault()
        return true
      },
      COMMAND_PRIORITY_HIGH
    ),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (event?.shiftKey || !$exitCodeBlockOnEnter()) return false
        event?.preventDefault()
        return true
      },
      COMMAND_PRIORITY_HIGH
    )
  )
}
