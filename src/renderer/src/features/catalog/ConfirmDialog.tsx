/** A yes/no question before something that cannot be taken back at once. */
import type { ReactNode } from 'react'
import { Dialog } from '@renderer/components/Dialog'

export interface ConfirmDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <Dialog
      title={props.title}
      onClose={props.onCancel}
      testId="confirm-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={props.onCancel} data-autofocus>
            Cancel
          </button>
          <button type="button" className="btn btn--primary" onClick={props.onConfirm}>
            {props.confirmLabel}
          </button>
        </>
      }
    >
      {props.children}
    </Dialog>
  )
}
