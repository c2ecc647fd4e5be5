/** Session-wide defences: the CSP header on every response and no permission ever granted. */
import type { Session } from 'electron'
import { contentSecurityPolicy } from './contentSecurityPolicy'

const CLIPBOARD_WRITE = 'clipboard-sanitized-write'

/**
 * Adds the CSP header to every response and denies every permission request and check
 * (camera, notifications, geolocation, clipboard reads, …) except writing text to the
 * clipboard, which the "Copy" buttons on code blocks need and which exposes nothing.
 */
export function hardenSession(session: Session, devServerUrl?: string): void {
  const policy = contentSecurityPolicy(devServerUrl)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] }
    })
  })
  session.setPermissionRequestHandler((_webContents, permission, callback) =>
    callback(permission === CLIPBOARD_WRITE)
  )
  session.setPermissionCheckHandler((_webContents, permission) => permission === CLIPBOARD_WRITE)
}
