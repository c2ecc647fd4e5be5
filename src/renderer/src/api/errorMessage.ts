/**
 * Turns whatever an `invoke` rejected with into one sentence a person can read.
 * Electron wraps handler errors as "Error invoking remote method 'x': Error: msg"; the
 * channel name and the nested "Error:" prefixes mean nothing to the user, so they are cut.
 */
export function errorMessage(error: unknown): string {
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === 'string'
        ? error
        : 'Something went wrong.'
  const cleaned = raw
    .replace(/^Error invoking remote method '[^']*':\s*/, '')
    .replace(/^(?:[A-Za-z]*Error:\s*)+/, '')
    .trim()
  return cleaned || 'Something went wrong.'
}
