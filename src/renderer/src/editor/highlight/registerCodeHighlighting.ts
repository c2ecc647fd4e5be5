/**
 * Syntax highlighting for code blocks: a node transform that re-tokenizes a CodeNode's text
 * with highlight.js and swaps in CodeHighlightNodes, keeping the caret where it was. Modelled on
 * Lexical's Prism highlighter (not shipped for 0.52), with only the changed run of nodes
 * replaced so typing stays cheap.
 */
import {
  $createCodeHighlightNode,
  $isCodeHighlightNode,
  $isCodeNode,
  CodeHighlightNode,
  CodeNode
} from '@lexical/code'
import {
  $createLineBreakNode,
  $createTabNode,
  $createTextNode,
  $getNodeByKey,
  $getSelection,
  $isLineBreakNode,
  $isRangeSelection,
  $isTabNode,
  $isTextNode,
  $onUpdate,
  mergeRegister,
  TextNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey
} from 'lexical'
import { tokenizeCode } from './tokenizeCode'

/** Registers the highlighting transforms; returns the unregister function. */
export function registerCodeHighlighting(editor: LexicalEditor): () => void {
  // Both the CodeNode and its text children can be dirty in one update; highlight each block
  // once per update.
  const done = new Set<NodeKey>()
  let clearScheduled = false
  const highlight = (node: CodeNode): void => {
    const key = node.getKey()
    if (done.has(key)) return
    done.add(key)
    if (!clearScheduled) {
      clearScheduled = true
      $onUpdate(() => {
        done.clear()
        clearScheduled = false
      })
    }
    $highlightRetainingSelection(key)
  }
  const onText = (node: TextNode): void => {
    const parent = node.getParent()
    if ($isCodeNode(parent)) highlight(parent)
    // A code block turned into a paragraph: its tokens become ordinary text again.
    else if ($isCodeHighlightNode(node)) node.replace($createTextNode(node.getTextContent()))
  }
  return mergeRegister(
    editor.registerNodeTransform(CodeNode, highlight),
    editor.registerNodeTransform(TextNode, onText),
    editor.registerNodeTransform(CodeHighlightNode, onText)
  )
}

/** The nodes a code block's text should consist of. */
export function $highlightNodes(text: string, language: string | null | undefined): LexicalNode[] {
  const nodes: LexicalNode[] = []
  for (const token of tokenizeCode(text, language)) {
    const lines = token.text.split('\n')
    lines.forEach((line, lineIndex) => {
      if (lineIndex > 0) nodes.push($createLineBreakNode())
      line.split('\t').forEach((part, tabIndex) => {
        if (tabIndex > 0) nodes.push($createTabNode())
        if (part) nodes.push($createCodeHighlightNode(part, token.type))
      })
    })
  }
  return nodes
}

function $highlightRetainingSelection(key: NodeKey): void {
  const node = $getNodeByKey(key)
  if (!$isCodeNode(node) || !node.isAttached()) return
  const selection = $getSelection()
  let caret: number | null = null
  if ($isRangeSelection(selection) && selection.isCollapsed()) {
    const anchor = selection.anchor
    const anchorNode = anchor.getNode()
    if (anchorNode.is(node)) {
      caret = node
        .getChildren()
        .slice(0, anchor.offset)
        .reduce((sum, child) => sum + child.getTextContentSize(), 0)
    } else if (anchorNode.getParent()?.is(node)) {
      caret =
        anchor.offset +
        anchorNode.getPreviousSiblings().reduce((sum, child) => sum + child.getTextContentSize(), 0)
    }
  }
  if (!$replaceChangedRun(node)) return
  if (caret !== null) $placeCaret(node, caret)
}

/** Replaces the smallest run of children that differs from the fresh tokens. */
function $replaceChangedRun(node: CodeNode): boolean {
  const previous = node.getChildren()
  const next = $highlightNodes(node.getTextContent(), node.getLanguage())
  let head = 0
  while (head < previous.length && head < next.length && same(previous[head], next[head])) head++
  let tail = 0
  while (
    tail < previous.length - head &&
    tail < next.length - head &&
    same(previous[previous.length - 1 - tail], next[next.length - 1 - tail])
  )
    tail++
  const from = head
  const to = previous.length - tail
  const replacement = next.slice(head, next.length - tail)
  if (from === to && replacement.length === 0) return false
  node.splice(from, to - from, replacement)
  return true
}

function same(a: LexicalNode | undefined, b: LexicalNode | undefined): boolean {
  if (!a || !b) return false
  if ($isCodeHighlightNode(a) && $isCodeHighlightNode(b))
    return (
      a.getTextContent() === b.getTextContent() && a.getHighlightType() === b.getHighlightType()
    )
  return ($isTabNode(a) && $isTabNode(b)) || ($isLineBreakNode(a) && $isLineBreakNode(b))
}

/** Puts a collapsed caret `offset` characters into the block. */
function $placeCaret(node: CodeNode, offset: number): void {
  let remaining = offset
  const children = node.getChildren()
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const size = child.getTextContentSize()
    if ($isTextNode(child) && remaining <= size) {
      child.select(remaining, remaining)
      return
    }
    // Right before a line break: an element point is the only exact place.
    if (!$isTextNode(child) && remaining === 0) {
      node.select(index, index)
      return
    }
    remaining -= size
  }
  node.selectEnd()
}
