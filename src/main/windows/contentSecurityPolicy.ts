/**
 * The Content-Security-Policy sent as a response header for every page of the app (the renderer's
 * meta tag says the same). No inline or remote script, no remote anything: answers and seeds are
 * untrusted text.
 */

const PRODUCTION = [
  "default-src 'none'",
  "script-src 'self'",
  // React and Lexical set style attributes; no remote styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'"
].join('; ')

/**
 * The policy for the built app, or, during `electron-vite dev`, the same policy widened just
 * enough for the local dev server (its origin and its hot-reload socket).
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  if (!devServerUrl) return PRODUCTION
  const origin = new URL(devServerUrl).origin
  const socket = origin.replace(/^http/, 'ws')
  return PRODUCTION.replace("script-src 'self'", `script-src 'self' ${origin}`).replace(
    "connect-src 'self'",
    `connect-src 'self' ${origin} ${socket}`
  )
}
