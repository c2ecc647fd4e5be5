/**
 * Turns what isomorphic-git and the network throw into one sentence saying what happened and
 * what to do, as the sync dialog and the command line show it.
 */

/** Why a sync stopped; `offline` keeps the local commit for the next try. */
export type SyncErrorKind =
  'auth' | 'offline' | 'not-a-repository' | 'diverged' | 'bad-url' | 'busy' | 'recovery' | 'failed'

/** A sync failure whose message is safe and useful to show as it is. */
export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string
  ) {
    super(message)
    this.name = 'SyncError'
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT'
])

function networkCode(error: unknown): string | null {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e;) {
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return e.code
    e = e.cause as typeof e
  }
  return null
}

/**
 * The SyncError for anything a remote operation threw. `host` names the server in the
 * sentence; `hadToken` tells a refused token from a missing one.
 */
export function explainRemoteError(error: unknown, host: string, hadToken: boolean): SyncError {
  if (error instanceof SyncError) return error
  const e = error as { code?: string; data?: { statusCode?: number }; message?: string }
  const status = e?.code === 'HttpError' ? e.data?.statusCode : undefined
  if (status === 401 || status === 403 || e?.code === 'UserCanceledError')
    return new SyncError(
      'auth',
      hadToken
        ? 'The remote refused the token. Check it in Settings → Sync.'
        : `${host} asked for a token. Enter one in Settings → Sync.`
    )
  if (networkCode(error))
    return new SyncError(
      'offline',
      `Could not reach ${host}. Your changes are committed locally and will be pushed next time.`
    )
  if (status === 404 || e?.code === 'SmartHttpError' || e?.code === 'NotFoundError')
    return new SyncError(
      'not-a-repository',
      `${host} has no git repository at that address. Check the remote URL in Settings → Sync.`
    )
  if (typeof status === 'number')
    return new SyncError(
      'failed',
      `${host} answered ${status} (${e.message ?? 'error'}). Your changes are committed locally; try again later.`
    )
  return new SyncError(
    'failed',
    `Sync failed: ${e?.message ?? String(error)}. Your changes are committed locally.`
  )
}
