import type { AutosaveStatus } from './autosaver'

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

/** The always-visible save state beside "My answer" (a polite live region). */
export function SaveIndicator({ status }: { status: AutosaveStatus }) {
  const title =
    status.state === 'error'
      ? `${status.error ?? 'The answer could not be saved'}. Retrying; your text is still here.`
      : status.state === 'saved' && status.savedAt
        ? `Saved at ${time(status.savedAt)}`
        : undefined
  return (
    <span
      className="answer-save"
      data-state={status.state}
      role="status"
      aria-live="polite"
      title={title}
    >
      <span className="answer-save-dot" aria-hidden="true" />
      {TEXT[status.state]}
      {status.state === 'error' && status.error ? (
        <span className="answer-save-detail">: {status.error}</span>
      ) : null}
    </span>
  )
}
