// @vitest-environment jsdom
/**
 * Issue #12, item 11: Tab in a code block indents with spaces (the language's convention) and
 * Shift+Tab outdents, for the caret's line or every selected line.
 */
import { $isCodeNode, type CodeNode } from '@lexical/code'
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  KEY_TAB_COMMAND,
  type LexicalEditor
} from 'lexical'
import { describe, expect, it } from 'vitest'
import { indentUnit, registerCodeIndent } from '@renderer/editor/plugins/codeIndent'
import { createAnswerEditor, load, save } from './headlessAnswerEditor'

function editorWith(markdown: string): LexicalEditor {
  const editor = createAnswerEditor({ highlight: true })
  registerCodeIndent(editor)
  load(editor, markdown)
  return editor
}

/** Selects characters [from, to) of the first code block's text. */
function select(editor: LexicalEditor, from: number, to = from): void {
  editor.update(
    () => {
      const code = $getRoot().getChildren().find($isCodeNode) as CodeNode
      const point = (offset: number): [string, number, 'text'] => {
        let remaining = offset
        // Line breaks count one character each but are not text nodes.
        for (const child of code.getChildren()) {
          const size = child.getTextContentSize()
          if ($isTextNode(child) && remaining <= size) return [child.getKey(), remaining, 'text']
          remaining -= size
        }
        throw new Error(`offset ${offset} outside the block`)
      }
      const selection = code.select()
      selection.anchor.set(...point(from))
      selection.focus.set(...point(to))
    },
    { discrete: true }
  )
}

function pressTab(editor: LexicalEditor, shiftKey = false): void {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true })
  editor.update(() => editor.dispatchCommand(KEY_TAB_COMMAND, event), { discrete: true })
  expect(event.defaultPrevented).toBe(true)
}

function typeText(editor: LexicalEditor, text: string): void {
  editor.update(
    () => {
      const selection = $getSelection()
      if ($isRangeSelection(selection)) selection.insertText(text)
    },
    { discrete: true }
  )
}

const PY = '```python\ndef f():\nreturn 1\n```\n'

describe('Tab in a code block', () => {
  it('inserts four spaces at the caret in Python, never a tab character', () => {
    const editor = editorWith(PY)
    select(editor, 'def f():\n'.length)
    pressTab(editor)
    typeText(editor, 'x')
    expect(save(editor)).toBe('```python\ndef f():\n    xreturn 1\n```\n')
    expect(save(editor)).not.toContain('\t')
  })

  it('indents every selected line', () => {
    const editor = editorWith('```python\na = 1\nb = 2\nc = 3\n```\n')
    select(editor, 2, 'a = 1\nb'.length)
    pressTab(editor)
    expect(save(editor)).toBe('```python\n    a = 1\n    b = 2\nc = 3\n```\n')
  })

  it('Shift+Tab outdents the caret line and selected lines by one indent', () => {
    const editor = editorWith('```python\ndef f():\n        return 1\n    pass\n```\n')
    select(editor, 'def f():\n        ret'.length)
    pressTab(editor, true)
    expect(save(editor)).toBe('```python\ndef f():\n    return 1\n    pass\n```\n')
    select(editor, 'def f():\n  '.length, 'def f():\n    return 1\n  '.length)
    pressTab(editor, true)
    expect(save(editor)).toBe('```python\ndef f():\nreturn 1\npass\n```\n')
  })

  it('follows the language: two spaces in JavaScript, a real tab in Go', () => {
    expect(indentUnit('python')).toBe('    ')
    expect(indentUnit(null)).toBe('    ')
    expect(indentUnit('js')).toBe('  ')
    expect(indentUnit('go')).toBe('\t')
    const editor = editorWith('```js\nfoo()\n```\n')
    select(editor, 0)
    pressTab(editor)
    expect(save(editor)).toBe('```js\n  foo()\n```\n')
  })
})
