/** The toast queue: push notices, dismiss them; at most five are kept on screen. */
import { useCallback, useState } from 'react'
import type { AppNotice } from '@shared/ipc/types'
import type { Toast, ToastAction } from '@renderer/components/Toasts'

let nextId = 1

export function useToasts(initial: AppNotice[] = []): {
  toasts: Toast[]
  notify: (notice: AppNotice & { action?: ToastAction }) => void
  dismiss: (id: number) => void
} {
  const [toasts, setToasts] = useState<Toast[]>(() =>
    initial.slice(-5).map((n) => ({ id: nextId++, ...n }))
  )
  const notify = useCallback((notice: AppNotice & { action?: ToastAction }) => {
    setToasts((list) => {
      // The same message twice in a row (e.g. a watcher firing repeatedly) is shown once.
      if (list.some((t) => t.message === notice.message && t.level === notice.level)) return list
      return [...list, { id: nextId++, ...notice }].slice(-5)
    })
  }, [])
  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((t) => t.id !== id))
  }, [])
  return { toasts, notify, dismiss }
}
