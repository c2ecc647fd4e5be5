/**
 * "Undo restore" outside the Backups dialog: once the dialog closes after a restore, a notice
 * offers to undo it (the dialog offers the same button while it is open).
 */
import { useRef } from 'react'
import type { RestoreResult } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'
import { errorMessage } from '@renderer/api/errorMessage'
import type { AppNotice } from '@shared/ipc/types'
import type { ToastAction } from '@renderer/components/Toasts'

type Notify = (notice: AppNotice & { action?: ToastAction }) => void

/** Handlers for the dialog's onRestored and onClose; `reload` re-reads what a restore replaced. */
export function useRestoreUndo(notify: Notify, reload: () => void) {
  const last = useRef<RestoreResult | null>(null)
  const onRestored = (result: RestoreResult): void => {
    last.current = result
    reload()
  }
  const onClosed = (): void => {
    const result = last.current
    last.current = null
    if (!result || result.undo) return
    notify({
      // A warning stays up longer than an info notice: time to read it and decide.
      level: 'warning',
      message: 'The backup was restored.',
      action: {
        label: 'Undo restore',
        run: () => {
          call('backup:undoRestore', result.safetyBackup).then(
            () => {
              reload()
              notify({ level: 'info', message: 'Restore undone: your notes are as before.' })
            },
            (e: unknown) =>
              notify({ level: 'error', message: `Could not undo the restore: ${errorMessage(e)}` })
          )
        }
      }
    })
  }
  return { onRestored, onClosed }
}
