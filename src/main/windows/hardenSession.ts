/** Session-wide defences: the CSP header on every response and no permission ever granted. */
import type { Session } from 'electron'
import { contentSecurityPolicy } from './contentSecurityPolicy'

/**
 * Adds the CSP header to every response and denies every permission request and check
 * (camera, notifications, geolocation, clipboard reads, …): the notebook needs none.
 */
export function hardenSession(session: Session, devServerUrl?: string): void {
  const policy = contentSecurityPolicy(devServerUrl)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] }
    })
  })
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
