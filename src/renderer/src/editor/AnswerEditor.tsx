import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin'
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin'
import { ListPlugin } from '@lexical/react/LexicalListPlugin'
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import type { LexicalEditor } from 'lexical'
import { $loadAnswerMarkdown } from './markdown/answerMarkdown'
import { ANSWER_TRANSFORMERS } from './markdown/answerTransformers'
import { isSafeLinkUrl } from './markdown/linkPolicy'
import { ANSWER_NODES } from './nodes/answerNodes'
import { CodeBlockExitPlugin } from './plugins/CodeBlockExitPlugin'
import { CodeHighlightPlugin } from './plugins/CodeHighlightPlugin'
import { EditorEventsPlugin } from './plugins/EditorEventsPlugin'
import { LinkOpenPlugin } from './plugins/LinkOpenPlugin'
import { LinkPolicyPlugin } from './plugins/LinkPolicyPlugin'
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin'
import { TaskItemPlugin } from './plugins/TaskItemPlugin'
import { ToolbarPlugin } from './plugins/ToolbarPlugin'
import { answerEditorTheme } from './theme/answerEditorTheme'
import './theme/answerEditor.css'

export interface AnswerEditorProps {
  /** The Markdown the editor starts from; later loads go through the instance given to `onReady`. */
  initialMarkdown: string
  /** Receives the editor instance once mounted. */
  onReady: (editor: LexicalEditor) => void
  onEdit: () => void
  onBlur: () => void
  onEscape?: () => void
  /** Accessible name of the editing area. */
  label: string
  /** Id of the element describing the editor (e.g. the question prompt). */
  describedBy?: string
}

/**
 * The "My answer" rich-text editor: Markdown in, Markdown out, with the toolbar, Markdown
 * shortcuts, lists, links and highlighted code blocks. Mount it with a `key` per question so
 * every question gets its own history.
 */
export function AnswerEditor(props: AnswerEditorProps) {
  const { initialMarkdown, onReady, onEdit, onBlur, onEscape, label, describedBy } = props
  const initialConfig: InitialConfigType = {
    namespace: 'study-notebook-answer',
    theme: answerEditorTheme,
    nodes: ANSWER_NODES,
    editorState: () => $loadAnswerMarkdown(initialMarkdown),
    onError: (error) => {
      // A Lexical invariant failing is a bug: surface it in the console, keep the app alive.
      console.error('Answer editor error', error)
    }
  }
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="ae-shell">
        <ToolbarPlugin />
        <div className="ae-surface">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="ae-content"
                aria-label={label}
                aria-describedby={describedBy}
                aria-multiline
                role="textbox"
                spellCheck
                aria-placeholder="Write your answer. Markdown works: # heading, - list, ```py code"
                placeholder={
                  <div className="ae-placeholder" aria-hidden="true">
                    Write your answer. Markdown works: <code># heading</code>, <code>- list</code>,{' '}
                    <code>```py</code> for a Python block.
                  </div>
                }
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <LinkPlugin validateUrl={isSafeLinkUrl} />
      <LinkPolicyPlugin />
      <LinkOpenPlugin />
      <CodeHighlightPlugin />
      <CodeBlockExitPlugin />
      <MarkdownShortcutPlugin transformers={ANSWER_TRANSFORMERS} />
      <TaskItemPlugin />
      <ShortcutsPlugin />
      <EditorEventsPlugin onEdit={onEdit} onBlur={onBlur} onEscape={onEscape} onReady={onReady} />
    </LexicalComposer>
  )
}
