/** A dialog's footer: Cancel, then the one primary action (a click, or submitting a form). */
import type { ReactNode } from 'react'

export interface DialogActionsProps {
  onCancel: () => void
  /** The primary button's text. */
  label: ReactNode
  disabled?: boolean
  /** Runs on click; leave out when `form` submits instead. */
  onConfirm?: () => void
  /** The id of a form the primary button submits (Enter in its fields then confirms too). */
  form?: string
}

export function DialogActions({ onCancel, label, disabled, onConfirm, form }: DialogActionsProps) {
  return (
    <>
      <button type="button" className="btn" onClick={onCancel}>
        Cancel
      </button>
      <button
        type={form ? 'submit' : 'button'}
        {...(form ? { form } : {})}
        className="btn btn--primary"
        disabled={disabled}
        onClick={onConfirm}
      >
        {label}
      </button>
    </>
  )
}
