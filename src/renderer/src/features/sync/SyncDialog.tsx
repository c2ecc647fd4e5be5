/** The Sync dialog (File → Sync…): the Sync section on its own until Settings hosts it. */
import type { SyncStatus } from '@shared/ipc/syncTypes'
import { Dialog } from '@renderer/components/Dialog'
import { SyncSettings } from './SyncSettings'

export interface SyncDialogProps {
  status: SyncStatus
  onStatus: (status: SyncStatus) => void
  onClose: () => void
}

export function SyncDialog({ status, onStatus, onClose }: SyncDialogProps) {
  return (
    <Dialog
      title="Sync with git"
      onClose={onClose}
      testId="sync-dialog"
      footer={
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      }
    >
      <SyncSettings status={status} onStatus={onStatus} />
    </Dialog>
  )
}
