/**
 * Backups from inside the app: make one now, see the rolling ones, and restore one (from the
 * list or a file) after a preview of what will change. The service backs up the current notes
 * before any restore, so the preview's last line can promise it.
 */
import { useCallback, useEffect, useState } from 'react'
import type { BackupInfo, RestorePreview, RestoreResult } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'
import { errorMessage } from '@renderer/api/errorMessage'
import { Dialog } from '@renderer/components/Dialog'
import { Icon } from '@renderer/components/Icon'
import { DoneNotice } from '@renderer/components/DoneNotice'
import { countOf } from '@renderer/components/countOf'
import { backupLabel, backupTime } from './backupLabel'
import { RestorePreviewList } from './RestorePreviewList'
import './BackupDialog.css'

type Phase =
  | { name: 'list' }
  | { name: 'busy'; label: string }
  | { name: 'preview'; preview: RestorePreview }
  | { name: 'restored'; result: RestoreResult }

export interface BackupDialogProps {
  onClose: () => void
  /** After a restore (or its undo): the notes, study state and settings on screen are stale. */
  onRestored: (result: RestoreResult) => void
}

const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path

export function BackupDialog({ onClose, onRestored }: BackupDialogProps) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [phase, setPhase] = useState<Phase>({ name: 'list' })
  const [error, setError] = useState<string | null>(null)
  const [made, setMade] = useState<string | null>(null)

  const refresh = useCallback(() => {
    call('backup:list').then(
      (list) => setBackups([...list].sort((a, b) => b.createdAt - a.createdAt)),
      (e: unknown) => setError(`Could not list the backups: ${errorMessage(e)}`)
    )
  }, [])
  useEffect(refresh, [refresh])

  // Each step clears the last message, so an old error never sits beside a new result.
  const step = async (label: string, work: () => Promise<void>): Promise<void> => {
    setError(null)
    setMade(null)
    setPhase({ name: 'busy', label })
    try {
      await work()
    } catch (e) {
      setError(errorMessage(e))
      setPhase({ name: 'list' })
    }
  }

  const backUpNow = (): Promise<void> =>
    step('Backing up…', async () => {
      const info = await call('backup:create')
      setMade(info.path)
      setPhase({ name: 'list' })
      refresh()
    })

  const preview = (archive: string): Promise<void> =>
    step('Reading the backup…', async () => {
      setPhase({ name: 'preview', preview: await call('backup:preview', archive) })
    })

  const pickFile = async (): Promise<void> => {
    const [archive] = await call('dialog:pickPath', { kind: 'backup-archive' }).catch(() => [])
    if (archive) await preview(archive)
  }

  const restore = (archive: string): Promise<void> =>
    step('Restoring…', async () => {
      const result = await call('backup:restore', archive)
      setPhase({ name: 'restored', result })
      onRestored(result)
      refresh()
    })

  // Restores the safety backup the restore just took; that undo is not itself undoable here.
  const undoRestore = (safety: string): Promise<void> =>
    step('Undoing the restore…', async () => {
      const result = await call('backup:undoRestore', safety)
      setPhase({ name: 'restored', result })
      onRestored(result)
      refresh()
    })

  const busy = phase.name === 'busy'
  const footer =
    phase.name === 'preview' ? (
      <>
        <button type="button" className="btn" onClick={() => setPhase({ name: 'list' })}>
          Back
        </button>
        <button
          type="button"
          className="btn btn--primary"
          data-testid="backup-restore-confirm"
          onClick={() => void restore(phase.preview.archive)}
        >
          Restore this backup
        </button>
      </>
    ) : phase.name === 'restored' && !phase.result.undo ? (
      <>
        <button type="button" className="btn" onClick={() => setPhase({ name: 'list' })}>
          Show backups
        </button>
        <button
          type="button"
          className="btn btn--primary"
          data-testid="backup-undo-restore"
          onClick={() => void undoRestore(phase.result.safetyBackup)}
        >
          Undo restore
        </button>
      </>
    ) : (
      <>
        <button
          type="button"
          className="btn"
          disabled={busy}
          data-testid="backup-pick-file"
          onClick={() => void pickFile()}
        >
          <Icon name="folder" size={14} /> Restore from file…
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy}
          data-testid="backup-now"
          onClick={() => void backUpNow()}
        >
          {busy ? phase.label : 'Back up now'}
        </button>
      </>
    )

  return (
    <Dialog title="Backups" onClose={onClose} footer={footer} testId="backup-dialog">
      {error && (
        <div className="export__error" role="alert" data-testid="backup-error">
          <Icon name="alert" size={14} />
          <span>{error}</span>
        </div>
      )}
      {made && (
        <p className="backup__made" role="status" data-testid="backup-made">
          <Icon name="check" size={14} /> Backup saved: <code>{made}</code>
        </p>
      )}
      {phase.name === 'preview' ? (
        <RestorePreviewList preview={phase.preview} />
      ) : phase.name === 'restored' ? (
        <DoneNotice
          testId="backup-restored"
          title={
            phase.result.undo
              ? `Restore undone: ${countOf(phase.result.restoredAnswers, 'answer')} as before`
              : `Restored ${countOf(phase.result.restoredAnswers, 'answer')}`
          }
          detail={
            phase.result.undo
              ? `What the undo replaced is kept in ${phase.result.safetyBackup}`
              : `Your notes from before are kept in ${phase.result.safetyBackup}; Undo restore brings them back.`
          }
        />
      ) : (
        <BackupList backups={backups} busy={busy} onRestore={(path) => void preview(path)} />
      )}
    </Dialog>
  )
}

function BackupList(props: {
  backups: BackupInfo[] | null
  busy: boolean
  onRestore: (path: string) => void
}) {
  const { backups, busy, onRestore } = props
  if (backups === null) return <p className="backup__empty">Loading…</p>
  if (backups.length === 0)
    return (
      <p className="backup__empty">
        No backups yet. One is made automatically each day you use the app (the last 7 are kept), or
        make one now.
      </p>
    )
  return (
    <ul className="backup__list" aria-label="Backups">
      {backups.map((b) => (
        <li key={b.path} className="backup__item" data-testid="backup-item">
          <div className="backup__info">
            <strong>{backupTime(b.createdAt)}</strong>
            <span className="backup__kind" data-testid="backup-kind">
              {backupLabel(b)}
            </span>
            <span className="backup__meta" title={b.path}>
              {b.damaged ? 'damaged' : countOf(b.answerCount, 'answer')} · {fileName(b.path)}
            </span>
            {b.damaged && (
              <span className="backup__damaged" role="note">
                {b.damaged}
              </span>
            )}
          </div>
          {/* A damaged archive stays listed, so it does not vanish, but cannot be restored. */}
          {!b.damaged && (
            <button
              type="button"
              className="btn btn--small"
              disabled={busy}
              onClick={() => onRestore(b.path)}
            >
              Restore…
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}
