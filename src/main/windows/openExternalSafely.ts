/**
 * The app's only call to `shell.openExternal`: links leave for the system browser only after
 * `safeExternalUrl` has parsed them and found plain http(s) without credentials.
 */
import { shell } from 'electron'
import { safeExternalUrl } from '../services/notebook/safeExternalUrl'

/** Opens `url` in the system browser when it is safe; returns whether it was opened. */
export async function openExternalSafely(url: string): Promise<boolean> {
  const safe = safeExternalUrl(url)
  if (!safe) return false
  await shell.openExternal(safe)
  return true
}
