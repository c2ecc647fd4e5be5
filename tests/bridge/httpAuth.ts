/**
 * The bridge's gate: loopback Host only (against DNS rebinding) and the per-run token on every
 * request, as the `x-bridge-token` header or the `bridge_token` cookie the entry URL sets.
 */
import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const TOKEN_COOKIE = 'bridge_token'
export const TOKEN_HEADER = 'x-bridge-token'

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

/** True when the Host header names this loopback server. */
export function isLoopbackHost(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host ?? ''
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

/** True when the request carries the token (header or cookie). */
export function hasToken(request: IncomingMessage, token: string): boolean {
  const header = request.headers[TOKEN_HEADER]
  return (
    sameToken(typeof header === 'string' ? header : undefined, token) ||
    sameToken(cookieValue(request, TOKEN_COOKIE), token)
  )
}

/** The token from `?token=` on the entry URL, when it matches. */
export function queryToken(url: URL, token: string): boolean {
  return sameToken(url.searchParams.get('token') ?? undefined, token)
}

/** The cookie that carries the token for the rest of the session (not readable by scripts). */
export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`
}
