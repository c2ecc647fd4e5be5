import { useState } from 'react'
import { LiveMessage } from '@renderer/components/LiveMessage'
import type { AutosaveStatus } from './autosaver'
import { INITIAL_SAVE_MEMORY, nextSaveAnnouncement } from './saveAnnouncement'

const TEXT = {
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Unsaved',
  error: 'Not saved',
  conflict: 'Conflict'
} as const

function time(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
}

/**
 * The always-visible save state beside "My answer", and a live region that announces only
 * settled news about it (see saveAnnouncement.ts), not every Saving… while the user types.
 */
export function SaveIndicator({ status }: { status: AutosaveStatus }) {
  // Derived while rendering (React's "state from a changed prop" pattern): one step per status.
  const [spoken, setSpoken] = useState({ status, memory: INITIAL_SAVE_MEMORY, text: '' })
  if (spoken.status !== status) {
    const next = nextSaveAnnouncement(spoken.memory, status)
    setSpoken({ status, memory: next.memory, text: next.text ?? spoken.text })
  }
  const title =
    status.state === 'error'
      ? `${status.error ?? 'The answer could not be saved'}. Retrying; your text is still here.`
      : status.state === 'saved' && status.savedAt
        ? `Saved at ${time(status.savedAt)}`
        : undefined
  return (
    <>
      <span className="answer-save" data-state={status.state} title={title}>
        <span className="answer-save-dot" aria-hidden="true" />
        {TEXT[status.state]}
        {status.state === 'error' && status.error ? (
          <span className="answer-save-detail">: {status.error}</span>
        ) : null}
      </span>
      <LiveMessage text={spoken.text} testId="save-announcement" />
    </>
  )
}
