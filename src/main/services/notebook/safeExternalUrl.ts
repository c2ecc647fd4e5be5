/** Decides which links may leave the app for the system browser: http(s) only, parsed first. */

/**
 * Returns the normalised URL when it is a well-formed http(s) URL without credentials,
 * otherwise null (javascript:, file:, data:, custom schemes, garbage).
 */
export function safeExternalUrl(raw: string): string | null {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  // user:pass@host links are a classic phishing disguise; nothing we render needs them.
  if (url.username || url.password || !url.hostname) return null
  return url.href
}
