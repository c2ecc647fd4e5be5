import { DocumentError } from '../errors'
import { PortUnavailableError } from './types'

/** A converter library's failure as the user-facing error for the file it was reading. */
export function unreadableAs(
  file: string,
  what: string,
  error: unknown
): DocumentError | PortUnavailableError {
  if (error instanceof DocumentError || error instanceof PortUnavailableError) return error
  const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
  return new DocumentError(
    'unreadable',
    file,
    `${file}: not a readable ${what}${detail ? ` (${detail})` : ''}`
  )
}
