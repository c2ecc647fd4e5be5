/** A headless editor configured like the answer editor, for Markdown and highlighting tests. */
import { createHeadlessEditor } from '@lexical/headless'
import type { LexicalEditor } from 'lexical'
import { registerCodeHighlighting } from '@renderer/editor/highlight/registerCodeHighlighting'
import {
  $exportAnswerMarkdown,
  $loadAnswerMarkdown
} from '@renderer/editor/markdown/answerMarkdown'
import { ANSWER_NODES } from '@renderer/editor/nodes/answerNodes'
import { answerEditorTheme } from '@renderer/editor/theme/answerEditorTheme'

export function createAnswerEditor(options: { highlight?: boolean } = {}): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: ANSWER_NODES,
    theme: answerEditorTheme,
    onError: (error) => {
      throw error
    }
  })
  if (options.highlight) registerCodeHighlighting(editor)
  return editor
}

/** Loads Markdown into the editor (transforms run, as in the app). */
export function load(editor: LexicalEditor, markdown: string): void {
  editor.update(() => $loadAnswerMarkdown(markdown), { discrete: true })
}

export function save(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $exportAnswerMarkdown())
}

/** Markdown → editor → Markdown with a fresh editor. */
export function roundTrip(markdown: string, options: { highlight?: boolean } = {}): string {
  const editor = createAnswerEditor(options)
  load(editor, markdown)
  return save(editor)
}
