/** Transient notices (from `app:notice` and from the app itself), announced to screen readers. */
import { useEffect } from 'react'
import type { NoticeLevel } from '@shared/ipc/types'
import { Icon } from './Icon'
import './Toasts.css'

export interface Toast {
  id: number
  level: NoticeLevel
  message: string
  /** A button in the notice ("Undo"); clicking it also dismisses the notice. */
  action?: ToastAction
}

export interface ToastAction {
  label: string
  run: () => void
}

const LIFETIME_MS: Record<NoticeLevel, number> = { info: 5000, warning: 9000, error: 12000 }

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(toast.id), LIFETIME_MS[toast.level])
    return () => clearTimeout(timer)
  }, [toast, onDismiss])
  return (
    <div
      className={`toast toast--${toast.level}`}
      role={toast.level === 'error' ? 'alert' : 'status'}
    >
      <Icon name={toast.level === 'info' ? 'info' : 'alert'} className="toast__icon" />
      <span className="toast__message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="btn btn--small"
          onClick={() => {
            toast.action?.run()
            onDismiss(toast.id)
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="btn btn--ghost btn--icon btn--small"
        aria-label="Dismiss notice"
        onClick={() => onDismiss(toast.id)}
      >
        <Icon name="x" size={14} />
      </button>
    </div>
  )
}

/** The stack of toasts in the bottom-right corner. */
export function Toasts({
  toasts,
  onDismiss
}: {
  toasts: Toast[]
  onDismiss: (id: number) => void
}) {
  return (
    <div className="toasts" aria-live="polite" data-testid="toasts">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} onDismiss={onDismiss} />
      ))}
    </div>
  )
}
