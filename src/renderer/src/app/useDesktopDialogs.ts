/** Which desktop dialog (Settings, About, Keyboard shortcuts) is open; one at a time. */
import { useCallback, useState } from 'react'

export type DesktopDialog = 'settings' | 'about' | 'shortcuts'

/** Which desktop dialog is open, and the functions that open and close them. */
export function useDesktopDialogs(): {
  dialog: DesktopDialog | null
  show: (dialog: DesktopDialog) => void
  close: () => void
} {
  const [dialog, setDialog] = useState<DesktopDialog | null>(null)
  const show = useCallback((next: DesktopDialog) => setDialog(next), [])
  const close = useCallback(() => setDialog(null), [])
  return { dialog, show, close }
}
