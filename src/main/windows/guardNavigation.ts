/**
 * The window never leaves the app: navigation, redirects, new windows and webviews are refused.
 * Links the user clicks go to the system browser, and only when they are plain http(s).
 */
import type { WebContents } from 'electron'
import { safeExternalUrl } from '../services/notebook/safeExternalUrl'

/** Installs the guards on `contents`; `openExternal` receives only checked http(s) URLs. */
export function guardNavigation(contents: WebContents, openExternal: (url: string) => void): void {
  const toBrowser = (url: string): void => {
    const safe = safeExternalUrl(url)
    if (safe) openExternal(safe)
  }
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    toBrowser(url)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    toBrowser(url)
    return { action: 'deny' }
  })
}
