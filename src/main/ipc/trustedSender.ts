/** Decides whether an IPC call comes from our own window's top frame showing our own page. */
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'

/**
 * True for the built renderer page (a file:// URL of `…/renderer/index.html`) or, during
 * development, a page of the dev server's origin.
 */
export function isAppPageUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'file:') return parsed.pathname.endsWith('/renderer/index.html')
  if (!devServerUrl) return false
  return parsed.origin === new URL(devServerUrl).origin
}

/** Builds the sender check for `bindContract`. */
export function createSenderCheck(
  getWindow: () => BrowserWindow | null,
  devServerUrl?: string
): (event: IpcMainInvokeEvent) => boolean {
  return (event) => {
    const win = getWindow()
    if (!win || win.isDestroyed() || event.sender !== win.webContents) return false
    const frame = event.senderFrame
    // Only the top frame: the page never embeds frames, and none may speak for it.
    if (!frame || frame.parent !== null) return false
    return isAppPageUrl(frame.url, devServerUrl)
  }
}
