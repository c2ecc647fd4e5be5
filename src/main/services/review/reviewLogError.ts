/** The log failed: a sentence naming the file, what is wrong with it and what to do. */
export function reviewLogError(error: unknown, path: string, doing: 'read' | 'saved'): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code
  const what =
    code === 'ENOTFILE' || code === 'EISDIR'
      ? 'is not a regular file (a folder or another special file is in its place); rename or move it'
      : code === 'EACCES' || code === 'EPERM'
        ? 'cannot be accessed (permission denied); check who owns it'
        : code === 'ENOSPC'
          ? 'cannot grow: the disk is full; free some space'
          : `could not be ${doing} (${code ?? (error instanceof Error ? error.message : String(error))}); check the disk`
  const outcome =
    doing === 'saved'
      ? 'This review was not saved; grade again after that.'
      : 'Try again after that.'
  return new Error(`The review history ${path} ${what}. ${outcome}`, { cause: error })
}
