/**
 * Which link targets in untrusted Markdown may leave the app. Only absolute http(s) URLs are
 * opened (in the system browser); everything else (`javascript:`, `data:`, `file:`, relative
 * paths) is rendered as inert text.
 */
export function safeExternalUrl(href: string | null | undefined): string | null {
  if (!href) return null
  // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"), so
  // parse with the URL constructor rather than matching the raw string.
  let url: URL
  try {
    url = new URL(href.trim())
  } catch {
    return null
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
}
