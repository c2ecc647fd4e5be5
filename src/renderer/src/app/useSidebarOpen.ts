/**
 * Whether the sidebar is shown. A view preference of this window only, so it lives in the
 * renderer's localStorage rather than in the settings store the main process rewrites.
 */
import { useCallback, useState } from 'react'

const KEY = 'notebook.sidebar'

function read(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'closed'
  } catch {
    return true
  }
}

export function useSidebarOpen(): { open: boolean; toggle: () => void } {
  const [open, setOpen] = useState(read)
  const toggle = useCallback(() => {
    setOpen((was) => {
      try {
        localStorage.setItem(KEY, was ? 'closed' : 'open')
      } catch {
        // Storage unavailable: the choice lasts for this session only.
      }
      return !was
    })
  }, [])
  return { open, toggle }
}
