/**
 * The quit flow: before the window closes, the renderer is asked to save what is in the editor
 * (`app:flush-request`) and the close waits for its `app:flushed`, or ~2 s if it never answers.
 */
import type { BrowserWindow } from 'electron'

export const FLUSH_TIMEOUT_MS = 2000

export interface FlushGate {
  /** Called by the `app:flushed` handler. */
  flushed(): void
}

/** Holds the window's close until the renderer has flushed (or the timeout passes). */
export function flushOnClose(win: BrowserWindow, timeoutMs = FLUSH_TIMEOUT_MS): FlushGate {
  let allowClose = false
  let waiting: (() => void) | null = null
  win.on('close', (event) => {
    if (allowClose) return
    const contents = win.webContents
    // A crashed or unloaded renderer has nothing to flush.
    if (contents.isDestroyed() || contents.isCrashed() || contents.isLoading()) return
    event.preventDefault()
    if (waiting) return
    const done = (): void => {
      clearTimeout(timer)
      waiting = null
      allowClose = true
      if (!win.isDestroyed()) win.close()
    }
    const timer = setTimeout(done, timeoutMs)
    waiting = done
    contents.send('app:flush-request', { reason: 'quit' })
  })
  return { flushed: () => waiting?.() }
}
