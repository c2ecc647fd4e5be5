/**
 * Whether the sidebar is shown. In a wide window it sits beside the results and the choice is a
 * view preference of this window, kept in the renderer's localStorage rather than in the
 * settings store the main process rewrites. In a narrow window it is an overlay that starts
 * closed and closes again after use, so it never takes room from the results.
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

export interface SidebarState {
  /** Shown now (docked, or the overlay open). */
  open: boolean
  /** Narrow window: the sidebar floats over the results when open. */
  overlay: boolean
  toggle: () => void
  /** Closes the overlay (does nothing to the docked preference). */
  close: () => void
}

export function useSidebarOpen(narrow = false): SidebarState {
  const [docked, setDocked] = useState(read)
  const [overlayOpen, setOverlayOpen] = useState(false)
  // Leaving the narrow layout forgets the overlay, so widening never pops it open docked.
  const [wasNarrow, setWasNarrow] = useState(narrow)
  if (wasNarrow !== narrow) {
    setWasNarrow(narrow)
    setOverlayOpen(false)
  }
  const toggleDocked = useCallback(() => {
    setDocked((was) => {
      try {
        localStorage.setItem(KEY, was ? 'closed' : 'open')
      } catch {
        // Storage unavailable: the choice lasts for this session only.
      }
      return !was
    })
  }, [])
  const toggleOverlay = useCallback(() => setOverlayOpen((o) => !o), [])
  const close = useCallback(() => setOverlayOpen(false), [])
  return narrow
    ? { open: overlayOpen, overlay: true, toggle: toggleOverlay, close }
    : { open: docked, overlay: false, toggle: toggleDocked, close }
}
