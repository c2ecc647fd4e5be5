/**
 * The side-by-side chooser for sync conflicts: this computer's text and the other one, with
 * Keep mine / Keep theirs / Keep both. Only the conflict's id goes back to main.
 */
import { useEffect, useState } from 'react'
import type { ConflictChoice, SyncConflict } from '@shared/ipc/conflictTypes'
import { call } from '@renderer/api/notebookClient'
import { errorMessage } from '@renderer/api/errorMessage'
import { Dialog } from '@renderer/components/Dialog'
import { Icon } from '@renderer/components/Icon'
import './SyncConflicts.css'

export interface SyncConflictsDialogProps {
  conflicts: SyncConflict[]
  onClose: () => void
  /** A conflict was settled: what was kept, and the answer that changed (if one did). */
  onResolved: (message: string, entryId: string | null) => void
}

function Side({ label, text }: { label: string; text: string }) {
  return (
    <section className="conflicts__side" aria-label={label}>
      <h3>{label}</h3>
      <pre tabIndex={0}>{text.trim() === '' ? '(empty)' : text}</pre>
    </section>
  )
}

export function SyncConflictsDialog({ conflicts, onClose, onResolved }: SyncConflictsDialogProps) {
  const [selectedId, setSelectedId] = useState<string | null>(conflicts[0]?.id ?? null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const current = conflicts.find((c) => c.id === selectedId) ?? conflicts[0] ?? null
  // The last one settled: nothing left to choose.
  useEffect(() => {
    if (conflicts.length === 0) onClose()
  }, [conflicts.length, onClose])

  const choose = (choice: ConflictChoice): void => {
    if (!current) return
    setBusy(true)
    setError(null)
    call('conflicts:resolve', current.id, choice).then(
      (result) => {
        setBusy(false)
        const next = conflicts.find((c) => c.id !== current.id)
        setSelectedId(next?.id ?? null)
        onResolved(result.message, result.entryId)
      },
      (e: unknown) => {
        setBusy(false)
        setError(errorMessage(e))
      }
    )
  }

  const footer = current && (
    <>
      <button type="button" className="btn" disabled={busy} onClick={() => choose('mine')}>
        Keep mine
      </button>
      <button type="button" className="btn" disabled={busy} onClick={() => choose('theirs')}>
        Keep theirs
      </button>
      <button
        type="button"
        className="btn btn--primary"
        disabled={busy || !current.canKeepBoth}
        title={current.canKeepBoth ? 'Both texts, the other one under a line' : undefined}
        onClick={() => choose('both')}
      >
        Keep both
      </button>
    </>
  )

  return (
    <Dialog title="Sync conflicts" onClose={onClose} footer={footer} testId="conflicts-dialog">
      {conflicts.length > 1 && (
        <div className="conflicts__tabs" role="group" aria-label="Conflicts">
          {conflicts.map((c) => (
            <button
              key={c.id}
              type="button"
              aria-pressed={c.id === current?.id}
              className="conflicts__tab"
              onClick={() => setSelectedId(c.id)}
            >
              {c.title}
            </button>
          ))}
        </div>
      )}
      {current && (
        <>
          <p className="conflicts__intro">
            <strong>{current.title}</strong> was changed on two computers.{' '}
            {current.kind === 'copy'
              ? `${current.tool} kept the other version as “${current.fileName}”.`
              : 'A git merge left both versions in the file.'}{' '}
            Choose what to keep; the version you drop is saved in the app’s data folder.
          </p>
          {error && (
            <div className="export__error" role="alert">
              <Icon name="alert" size={14} />
              <span>{error}</span>
            </div>
          )}
          <div className="conflicts__sides">
            <Side label="Mine (this computer)" text={current.mine} />
            <Side label="Theirs (the other computer)" text={current.theirs} />
          </div>
          {!current.canKeepBoth && (
            <p className="conflicts__note">
              This file is JSON, so the two versions cannot be kept in one file: keep one.
            </p>
          )}
        </>
      )}
    </Dialog>
  )
}
