/** A backup that cannot be made or an archive that cannot be restored, said plainly. */

export type BackupFailure =
  | 'not-zip'
  | 'foreign'
  | 'too-new'
  | 'damaged'
  | 'too-large'
  | 'unreadable'
  | 'restore-failed'
  | 'not-undoable'

export class BackupError extends Error {
  readonly failure: BackupFailure

  constructor(failure: BackupFailure, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'BackupError'
    this.failure = failure
  }
}
