import { describe, expect, it } from 'vitest'
import {
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  type LexicalEditor
} from 'lexical'
import { $isCodeNode } from '@lexical/code'
import { $exitCodeBlockDown, $exitCodeBlockOnEnter } from '@renderer/editor/plugins/codeBlockExit'
import { createAnswerEditor, load, save } from './headlessAnswerEditor'

/** Runs `fn` with the caret at the very end of the answer; returns what it said. */
function atEnd(editor: LexicalEditor, fn: () => boolean): boolean {
  let handled = false
  editor.update(
    () => {
      const last = $getRoot().getLastChild()
      if ($isCodeNode(last)) last.selectEnd()
      handled = fn()
    },
    { discrete: true }
  )
  return handled
}

function typeAfter(editor: LexicalEditor, text: string): void {
  editor.update(
    () => {
      const last = $getRoot().getLastChild()
      expect($isParagraphNode(last)).toBe(true)
      last!.selectEnd().insertText(text)
    },
    { discrete: true }
  )
}

describe('leaving a code block that ends the answer', () => {
  it('ArrowDown on its last line opens a paragraph below, so text goes after the code', () => {
    const editor = createAnswerEditor({ highlight: true })
    load(editor, '```py\ndef gen():\n    yield 1\n```\n')
    expect(atEnd(editor, $exitCodeBlockDown)).toBe(true)
    typeAfter(editor, 'A generator pauses at yield.')
    expect(save(editor)).toBe(
      '```py\ndef gen():\n    yield 1\n```\n\nA generator pauses at yield.\n'
    )
  })

  it('the third Enter at its end drops the two empty lines and leaves the block', () => {
    const editor = createAnswerEditor({ highlight: true })
    load(editor, '```py\nx = 1\n```\n')
    // As in the app: the handler looks first; when it declines, Enter adds a code line.
    const enter = (): boolean => {
      if ($exitCodeBlockOnEnter()) return true
      const selection = $getSelection()
      if ($isRangeSelection(selection)) selection.insertLineBreak()
      return false
    }
    expect(atEnd(editor, enter)).toBe(false)
    const results: boolean[] = []
    for (let i = 0; i < 2; i++) editor.update(() => void results.push(enter()), { discrete: true })
    expect(results).toEqual([false, true])
    typeAfter(editor, 'after')
    expect(save(editor)).toBe('```py\nx = 1\n```\n\nafter\n')
  })

  it('leaves Enter and ArrowDown alone inside code and before the last line', () => {
    const editor = createAnswerEditor({ highlight: true })
    load(editor, '```py\nx = 1\n```\n')
    // One empty line is a blank line in the code, not a way out.
    const oneBlank = (): boolean => {
      const selection = $getSelection()
      if ($isRangeSelection(selection)) selection.insertLineBreak()
      return $exitCodeBlockOnEnter()
    }
    expect(atEnd(editor, oneBlank)).toBe(false)
    load(editor, '```py\nx = 1\ny = 2\n```\n\nText after.\n')
    editor.update(
      () => {
        const code = $getRoot().getFirstChild()
        if ($isCodeNode(code)) code.selectEnd()
      },
      { discrete: true }
    )
    let down = true
    editor.update(() => void (down = $exitCodeBlockDown()), { discrete: true })
    // Not the last block: Lexical's own ArrowDown moves to the paragraph already there.
    expect(down).toBe(false)
    expect(save(editor)).toBe('```py\nx = 1\ny = 2\n```\n\nText after.\n')
  })
})
