import { publishAnswer } from '@renderer/features/check/liveAnswer'
import { CLEAR_HISTORY_COMMAND, type LexicalEditor } from 'lexical'
import { useCallback, useEffect, useId, useRef } from 'react'
import { call, subscribe } from '@renderer/api/notebookClient'
import { isTypingTarget } from '@renderer/hooks/useGlobalShortcuts'
import { AnswerEditor } from '@renderer/editor/AnswerEditor'
import {
  $exportAnswerMarkdown,
  $loadAnswerMarkdown
} from '@renderer/editor/markdown/answerMarkdown'
import { LOAD_TAG } from '@renderer/editor/plugins/EditorEventsPlugin'
import { ConflictNotice } from './ConflictNotice'
import { installFlushResponder } from './flushRegistry'
import { SaveIndicator } from './SaveIndicator'
import { useAutosave } from './useAutosave'
import { useLoadedNote } from './useLoadedNote'
import './answer.css'

export interface AnswerPanelProps {
  /** The question whose answer is edited. */
  entryId: string
  /** The question's prompt, read to screen-reader users as the editor's description. */
  prompt: string
  /** Where focus should go when the user presses Escape in the editor. */
  onLeave?: () => void
}

// The window answers flush requests from the moment the app loads, even before an answer opens.
installFlushResponder()

// Escape always leaves the editor, so the window's own keys (/, j/k) work again.
const leaveQuietly = (): void => undefined

/** A pending "focus the answer" request, for a key pressed while the answer was loading. */
const focusWhenReady = { until: 0 }

function isFocusAnswerKey(event: KeyboardEvent): boolean {
  const mod = event.ctrlKey || event.metaKey
  if (mod && event.shiftKey && !event.altKey && event.code === 'KeyE') return true
  return event.key === 'e' && !mod && !event.altKey && !isTypingTarget(event.target)
}

/** Replaces an editor's content with Markdown loaded from disk. */
function loadInto(editor: LexicalEditor, markdown: string, clearHistory: boolean): void {
  editor.update(() => $loadAnswerMarkdown(markdown), { tag: LOAD_TAG, discrete: true })
  if (clearHistory) editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined)
}

/**
 * "My answer": loads the answer, edits it in the rich-text editor and autosaves it as Markdown.
 * Saves are debounced while typing and flushed on blur, on switching question, on quit and when
 * the window hides; a file changed elsewhere reloads when there are no local edits, and a
 * conflict keeps both versions. `e` (outside text fields) or Ctrl/Cmd+Shift+E focuses the editor.
 */
export function AnswerPanel({ entryId, prompt, onLeave }: AnswerPanelProps) {
  const { note, error: loadError, retry } = useLoadedNote(entryId)
  // Editors by question id, never removed: the last flush of a question (which may wait for a
  // save in flight) reads its own editor even after that editor has unmounted.
  const editors = useRef(new Map<string, LexicalEditor>())
  const noteId = note?.id ?? null
  const read = useCallback((): string => {
    const editor = noteId ? editors.current.get(noteId) : undefined
    return editor ? editor.getEditorState().read(() => $exportAnswerMarkdown()) : ''
  }, [noteId])
  const { saver, status } = useAutosave(
    note ? { id: note.id, baseRevision: note.revision, loadedMarkdown: note.markdown, read } : null
  )
  const descriptionId = useId()
  useEffect(() => {
    if (note) publishAnswer(note.id, note.markdown)
  }, [note])

  // An answer edited elsewhere (another editor, git pull): reload it unless we have edits, in
  // which case the next save reports the conflict; flush now so that happens promptly.
  useEffect(() => {
    if (!saver || !noteId) return
    return subscribe('notes:changed', ({ id }) => {
      if (id !== noteId) return
      if (saver.hasLocalEdits()) {
        void saver.flush()
        return
      }
      void call('notes:load', noteId).then((doc) => {
        const editor = editors.current.get(noteId)
        if (!editor || saver.hasLocalEdits()) return
        const revision = doc?.revision ?? null
        if (revision === saver.revision) return
        const markdown = doc?.markdown ?? ''
        loadInto(editor, markdown, true)
        saver.reloaded(markdown, revision)
      })
    })
  }, [saver, noteId])

  // `e` (outside text fields) or Ctrl/Cmd+Shift+E (anywhere) jumps into the answer, the way `/`
  // and Ctrl+K jump to the search box.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isFocusAnswerKey(event)) return
      event.preventDefault()
      const editor = noteId ? editors.current.get(noteId) : undefined
      if (editor) editor.focus()
      // The question opened a moment ago is still loading: focus it once it is ready.
      else focusWhenReady.until = Date.now() + 2000
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [noteId])

  const useDiskVersion = (): void => {
    const conflict = status.conflict
    const editor = noteId ? editors.current.get(noteId) : undefined
    if (!conflict || !editor || !saver) return
    loadInto(editor, conflict.diskMarkdown, false)
    saver.reloaded(conflict.diskMarkdown, conflict.diskRevision)
  }

  return (
    <section className="answer-panel" aria-label="My answer">
      <header className="answer-header">
        <h2 className="answer-title">My answer</h2>
        {note && <SaveIndicator status={status} />}
      </header>
      <span id={descriptionId} className="answer-visually-hidden">
        {prompt}
      </span>
      {status.conflict && (
        <ConflictNotice
          conflict={status.conflict}
          onKeepMine={() => saver?.keepMine()}
          onUseDisk={useDiskVersion}
        />
      )}
      {loadError ? (
        <div className="answer-error" role="alert">
          <p>Your answer could not be opened: {loadError}</p>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      ) : note && saver?.id === note.id ? (
        <AnswerEditor
          key={`${note.id}:${note.revision ?? 'new'}`}
          initialMarkdown={note.markdown}
          label="My answer"
          describedBy={descriptionId}
          onReady={(editor) => {
            editors.current.set(note.id, editor)
            if (Date.now() < focusWhenReady.until) {
              focusWhenReady.until = 0
              editor.focus()
            }
          }}
          onEdit={() => {
            saver.markEdited()
            // "Check my answer" in the question view follows the text as it is typed.
            publishAnswer(note.id, read())
          }}
          onBlur={() => void saver.flush()}
          onEscape={onLeave ?? leaveQuietly}
        />
      ) : (
        <div className="answer-loading" aria-busy="true">
          Loading your answer…
        </div>
      )}
    </section>
  )
}
