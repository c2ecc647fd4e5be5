/**
 * Which link targets the answer editor accepts. Answers are untrusted text (they may come from a
 * shared vault), so only web links survive: `javascript:`, `data:`, `file:` and friends stay
 * plain text and never become clickable.
 */

/** True for an absolute http(s) URL. */
export function isSafeLinkUrl(url: string): boolean {
  const trimmed = url.trim()
  if (!/^https?:\/\//i.test(trimmed)) return false
  try {
    const parsed = new URL(trimmed)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
  } catch {
    return false
  }
}
