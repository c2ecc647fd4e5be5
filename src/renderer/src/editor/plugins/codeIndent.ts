/**
 * Tab and Shift+Tab inside a code block indent with spaces, as code is written: four for
 * Python and most languages, two where that is the convention, a real tab only where the
 * language needs one (Go, Makefiles). Lexical's own code indentation inserts tab characters;
 * it still handles Shift+Tab, told the indent width so it strips leading spaces too.
 */
import { $createCodeHighlightNode, $isCodeNode, type CodeNode } from '@lexical/code'
import { registerCodeIndentation } from '@lexical/code-core'
import {
  $createLineBreakNode,
  $createTabNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_NORMAL,
  INDENT_CONTENT_COMMAND,
  INSERT_TAB_COMMAND,
  mergeRegister,
  type LexicalEditor,
  type LexicalNode,
  type PointType,
  type RangeSelection
} from 'lexical'

const TWO_SPACES = new Set(['javascript', 'js', 'typescript', 'ts', 'json', 'yaml', 'yml', 'html'])
const REAL_TAB = new Set(['go', 'makefile', 'make'])

/** The indent one Tab adds in a block of `language`. */
export function indentUnit(language: string | null | undefined): string {
  const lang = (language ?? '').toLowerCase()
  if (REAL_TAB.has(lang)) return '\t'
  return TWO_SPACES.has(lang) ? '  ' : '    '
}

/** Registers Tab / Shift+Tab for code blocks; returns the unregister function. */
export function registerCodeIndent(editor: LexicalEditor): () => void {
  return mergeRegister(
    // Shift+Tab (outdent) and the Tab key routing stay Lexical's, with our indent width.
    registerCodeIndentation(editor, 4),
    editor.registerCommand(INSERT_TAB_COMMAND, () => $indent(false), COMMAND_PRIORITY_NORMAL),
    editor.registerCommand(INDENT_CONTENT_COMMAND, () => $indent(true), COMMAND_PRIORITY_NORMAL)
  )
}

/** The code block holding the whole selection, or null. */
function $selectedCode(selection: RangeSelection): CodeNode | null {
  const block = (point: PointType): LexicalNode | null => {
    const node = point.getNode()
    return $isCodeNode(node) ? node : node.getParent()
  }
  const anchor = block(selection.anchor)
  return $isCodeNode(anchor) && anchor.is(block(selection.focus)) ? anchor : null
}

/** Indents at the caret (`lines` false) or every line the selection touches. */
function $indent(lines: boolean): boolean {
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return false
  const code = $selectedCode(selection)
  if (!code) return false
  const unit = indentUnit(code.getLanguage())
  if (!lines && selection.isCollapsed()) {
    selection.insertRawText(unit)
    return true
  }
  const text = code.getTextContent()
  const anchor = offsetIn(code, selection.anchor)
  const focus = offsetIn(code, selection.focus)
  const from = text.lastIndexOf('\n', Math.min(anchor, focus) - 1) + 1
  const to = Math.max(anchor, focus)
  // Line starts from the first touched line to the last; a selection ending at a line start
  // leaves that line alone, as editors do.
  const starts = [from]
  for (let nl = text.indexOf('\n', from); nl >= 0 && nl + 1 < to; nl = text.indexOf('\n', nl + 1))
    starts.push(nl + 1)
  let next = ''
  let last = 0
  for (const start of starts) {
    next += text.slice(last, start) + unit
    last = start
  }
  next += text.slice(last)
  const shift = (offset: number) => offset + unit.length * starts.filter((s) => s <= offset).length
  $replaceText(code, next)
  selectOffsets(code, shift(anchor), shift(focus))
  return true
}

/** Characters of `code` before `point`. */
function offsetIn(code: CodeNode, point: PointType): number {
  const node = point.getNode()
  let offset = 0
  const children = code.getChildren()
  if (node.is(code)) {
    for (const child of children.slice(0, point.offset)) offset += child.getTextContentSize()
    return offset
  }
  for (const child of children) {
    if (child.is(node)) return offset + ($isTextNode(child) ? point.offset : 0)
    offset += child.getTextContentSize()
  }
  return offset
}

/** Replaces the block's text; the highlighter re-tokenizes it in the same update. */
function $replaceText(code: CodeNode, text: string): void {
  const nodes: LexicalNode[] = []
  text.split('\n').forEach((line, i) => {
    if (i > 0) nodes.push($createLineBreakNode())
    line.split('\t').forEach((part, j) => {
      if (j > 0) nodes.push($createTabNode())
      if (part) nodes.push($createCodeHighlightNode(part))
    })
  })
  code.clear()
  code.append(...nodes)
}

function selectOffsets(code: CodeNode, anchor: number, focus: number): void {
  const point = (offset: number): [string, number, 'text' | 'element'] => {
    let remaining = offset
    const children = code.getChildren()
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!
      const size = child.getTextContentSize()
      if ($isTextNode(child) && remaining <= size) return [child.getKey(), remaining, 'text']
      if (!$isTextNode(child) && remaining === 0) return [code.getKey(), i, 'element']
      remaining -= size
    }
    return [code.getKey(), children.length, 'element']
  }
  const selection = code.select()
  selection.anchor.set(...point(anchor))
  selection.focus.set(...point(focus))
}
