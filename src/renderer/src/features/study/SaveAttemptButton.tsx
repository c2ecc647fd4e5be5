/**
 * "Save as my answer": the only way a practice attempt reaches "My answer". When an answer is
 * already saved, the first click asks to confirm the replacement instead of writing.
 */
import { useState } from 'react'
import type { NoteDoc } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'

/** Mount with `key` = the card id, so nothing carries over between cards. */
export interface SaveAttemptButtonProps {
  id: string
  draft: string
  /** The saved answer as last loaded; null when there is none. */
  note: NoteDoc | null
  onSaved: (note: NoteDoc) => void
}

export function SaveAttemptButton({ id, draft, note, onSaved }: SaveAttemptButtonProps) {
  // Both belong to the draft they were made for: editing the attempt drops them.
  const [confirmingFor, setConfirmingFor] = useState<string | null>(null)
  const [message, setMessage] = useState<{ text: string; draft: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const confirming = confirmingFor === draft
  const setConfirming = (on: boolean): void => setConfirmingFor(on ? draft : null)

  const replacing = note !== null && note.markdown.trim() !== ''

  const save = async (): Promise<void> => {
    if (replacing && !confirming) {
      setConfirming(true)
      return
    }
    setBusy(true)
    try {
      const result = await call('notes:save', {
        id,
        markdown: draft,
        baseRevision: note?.revision ?? null
      })
      if (result.ok) {
        onSaved({ id, markdown: draft, revision: result.revision, updatedAt: result.savedAt })
        setMessage({ text: 'Saved as my answer.', draft })
      } else {
        const text = `My answer changed elsewhere; your attempt was kept as ${result.conflict.keptAs}.`
        setMessage({ text, draft })
      }
    } catch (error) {
      setMessage({ text: (error as Error).message, draft })
    } finally {
      setBusy(false)
      setConfirming(false)
    }
  }

  return (
    <span className="practice__save">
      <button
        type="button"
        className={`btn btn--small${confirming ? ' btn--primary' : ''}`}
        disabled={busy || !draft.trim()}
        onClick={() => void save()}
        data-testid="save-attempt"
      >
        {confirming ? 'Replace my saved answer?' : 'Save as my answer'}
      </button>
      {confirming && (
        <button
          type="button"
          className="btn btn--small btn--ghost"
          onClick={() => setConfirming(false)}
        >
          Keep the saved one
        </button>
      )}
      {message && message.draft === draft && (
        <span className="practice__save-message" role="status">
          {message.text}
        </span>
      )}
    </span>
  )
}
