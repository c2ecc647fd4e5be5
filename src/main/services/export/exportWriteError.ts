/** A failed export, with a message a user can act on. Nothing half-written is left behind. */

/** Why the files could not be written. */
export type ExportFailure =
  | 'permission'
  | 'read-only'
  | 'disk-full'
  | 'missing-folder'
  | 'not-a-folder'
  | 'is-a-folder'
  | 'would-overwrite'
  | 'unknown'

export class ExportWriteError extends Error {
  readonly failure: ExportFailure

  constructor(failure: ExportFailure, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ExportWriteError'
    this.failure = failure
  }
}

const NOTHING_CHANGED = 'Nothing was written.'

/** Turns a Node file-system error into an ExportWriteError about `target`. */
export function toExportWriteError(error: unknown, target: string): ExportWriteError {
  if (error instanceof ExportWriteError) return error
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new ExportWriteError(
        'permission',
        `Cannot write to ${target}: permission denied. ${NOTHING_CHANGED}`,
        { cause: error }
      )
    case 'EROFS':
      return new ExportWriteError(
        'read-only',
        `Cannot write to ${target}: the disk is read-only. ${NOTHING_CHANGED}`,
        { cause: error }
      )
    case 'ENOSPC':
    case 'EDQUOT':
      return new ExportWriteError(
        'disk-full',
        `Not enough disk space to export to ${target}. Free some space and try again. ${NOTHING_CHANGED}`,
        { cause: error }
      )
    case 'ENOENT':
      return new ExportWriteError(
        'missing-folder',
        `The folder for ${target} does not exist (was it moved or removed?). ${NOTHING_CHANGED}`,
        { cause: error }
      )
    case 'ENOTDIR':
      return new ExportWriteError('not-a-folder', `${target} is not a folder. ${NOTHING_CHANGED}`, {
        cause: error
      })
    case 'EISDIR':
      return new ExportWriteError(
        'is-a-folder',
        `${target} is a folder; choose a file name. ${NOTHING_CHANGED}`,
        { cause: error }
      )
    default: {
      const reason = error instanceof Error ? error.message : String(error)
      return new ExportWriteError(
        'unknown',
        `Export to ${target} failed: ${reason}. ${NOTHING_CHANGED}`,
        {
          cause: error
        }
      )
    }
  }
}
