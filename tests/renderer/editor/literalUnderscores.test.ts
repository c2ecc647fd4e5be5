// @vitest-environment jsdom
/**
 * Issue #12, item 1: Python names with underscores (`__init__`, `__name__`, `_private_`,
 * `snake_case`) are text, never emphasis: typed, pasted, loaded from a file or saved.
 */
import { registerMarkdownShortcuts } from '@lexical/markdown'
import { registerRichText } from '@lexical/rich-text'
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  PASTE_COMMAND,
  type LexicalEditor
} from 'lexical'
import { describe, expect, it } from 'vitest'
import { ANSWER_TRANSFORMERS } from '@renderer/editor/markdown/answerTransformers'
import { parseMarkdown } from '../../unit/shared/domain/export/parseMarkdown'
import { createAnswerEditor, load, save } from './headlessAnswerEditor'

// jsdom has neither event class; Lexical's paste handler asks `event instanceof` both.
if (!('DragEvent' in globalThis))
  Object.assign(globalThis, { DragEvent: class DragEvent extends Event {} })
if (!('ClipboardEvent' in globalThis))
  Object.assign(globalThis, { ClipboardEvent: class ClipboardEvent extends Event {} })

const DUNDERS = ['__init__', '__new__', '__next__', '__name__', '__main__', '_private_']

/** An editor with an empty paragraph, the caret in it and the Markdown shortcuts on. */
function typingEditor(): LexicalEditor {
  const editor = createAnswerEditor()
  registerRichText(editor)
  registerMarkdownShortcuts(editor, ANSWER_TRANSFORMERS)
  editor.update(
    () => {
      const paragraph = $createParagraphNode()
      $getRoot().clear().append(paragraph)
      paragraph.select()
    },
    { discrete: true }
  )
  return editor
}

/** Types `text` one character per update, as keystrokes arrive (the shortcuts run per update). */
function type(editor: LexicalEditor, text: string): void {
  for (const ch of text)
    editor.update(
      () => {
        const selection = $getSelection()
        if ($isRangeSelection(selection)) selection.insertText(ch)
      },
      { discrete: true }
    )
}

/** Text runs of the document with the formats they carry. */
function runs(editor: LexicalEditor): Array<{ text: string; bold: boolean; italic: boolean }> {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getAllTextNodes()
      .filter($isTextNode)
      .map((node) => ({
        text: node.getTextContent(),
        bold: node.hasFormat('bold'),
        italic: node.hasFormat('italic')
      }))
  )
}

function plainText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent())
}

/** What a CommonMark reader makes of the saved file: its text, and whether anything is emphasis. */
function readBack(markdown: string): { text: string; emphasis: boolean } {
  let text = ''
  let emphasis = false
  const walk = (node: { type: string; value?: string; children?: unknown[] }): void => {
    if (node.type === 'strong' || node.type === 'emphasis') emphasis = true
    if (node.type === 'text' && node.value) text += node.value
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child)
  }
  walk(parseMarkdown(markdown) as never)
  return { text, emphasis }
}

describe('underscores stay literal', () => {
  it.each(DUNDERS)('typing %s keeps it as typed, in the editor and in the saved file', (name) => {
    const editor = typingEditor()
    type(editor, `def ${name}(self): `)
    expect(plainText(editor)).toBe(`def ${name}(self): `)
    expect(runs(editor).some((run) => run.bold || run.italic)).toBe(false)
    const saved = save(editor)
    expect(saved).not.toContain('**')
    expect(readBack(saved)).toEqual({ text: `def ${name}(self):`, emphasis: false })
  })

  it('typing `if __name__ == "__main__":` and snake_case keeps every underscore', () => {
    const editor = typingEditor()
    const line = 'if __name__ == "__main__": use select_related and __init__ '
    type(editor, line)
    expect(plainText(editor)).toBe(line)
    expect(readBack(save(editor))).toEqual({ text: line.trimEnd(), emphasis: false })
  })

  it('**text** and *text* still format as you type', () => {
    const editor = typingEditor()
    type(editor, 'a **loud** and *soft* word')
    expect(runs(editor)).toEqual([
      { text: 'a ', bold: false, italic: false },
      { text: 'loud', bold: true, italic: false },
      { text: ' and ', bold: false, italic: false },
      { text: 'soft', bold: false, italic: true },
      { text: ' word', bold: false, italic: false }
    ])
    expect(save(editor)).toBe('a **loud** and *soft* word\n')
  })

  it('pasting text with dunders keeps it literal', () => {
    const editor = typingEditor()
    const pasted = 'Override __init__ and __new__; read __name__.'
    const event = new ClipboardEvent('paste', { cancelable: true })
    Object.defineProperty(event, 'clipboardData', {
      value: {
        files: [],
        items: [],
        types: ['text/plain'],
        getData: (type: string) => (type === 'text/plain' ? pasted : '')
      }
    })
    editor.update(() => editor.dispatchCommand(PASTE_COMMAND, event), { discrete: true })
    expect(plainText(editor)).toBe(pasted)
    expect(runs(editor).some((run) => run.bold || run.italic)).toBe(false)
    expect(readBack(save(editor))).toEqual({ text: pasted, emphasis: false })
  })

  it.each(DUNDERS)('a file that has %s unescaped loads it as text and saves it safely', (name) => {
    const editor = createAnswerEditor()
    load(editor, `Call ${name} here, and **this** is bold.\n`)
    expect(plainText(editor)).toBe(`Call ${name} here, and this is bold.`)
    expect(runs(editor).filter((run) => run.bold)).toEqual([
      { text: 'this', bold: true, italic: false }
    ])
    const saved = save(editor)
    expect(readBack(saved)).toEqual({
      text: `Call ${name} here, and this is bold.`,
      emphasis: true
    })
    expect(saved).toContain('**this**')
    // The saved form loads back to the same text.
    const again = createAnswerEditor()
    load(again, saved)
    expect(plainText(again)).toBe(`Call ${name} here, and this is bold.`)
  })
})
