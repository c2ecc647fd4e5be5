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

/**
 * The link field starts with "https://"; a full address typed or pasted after it would read
 * "https://https://…". Drops the starting scheme when another follows it.
 */
export function withoutDoubledScheme(url: string): string {
  return url.replace(/^\s*https?:\/\/(?=https?:\/\/)/i, '')
}
