/**
 * Files the OS asks the app to open: macOS sends `open-file` events (possibly before `ready`),
 * Windows and Linux pass them on the command line of the first launch and of every later one
 * (forwarded by the single-instance lock as `second-instance`). They are held until the
 * notebook service exists, then handed to it (which grants them and tells the renderer).
 */
import { app } from 'electron'
import { filesFromArgv, isRegularFileOnDisk, openableFiles } from '../services/opened/filesFromArgv'

export interface OsOpenedFiles {
  /** From now on files go to `open` (the service); anything held so far goes first. */
  attach(open: (paths: string[]) => void): void
  /** The files of a second launch's command line. */
  fromSecondInstance(argv: readonly string[], cwd: string): void
}

/** Starts listening; call before `app.whenReady()` so no early `open-file` is missed. */
export function listenForOsOpenedFiles(): OsOpenedFiles {
  let target: ((paths: string[]) => void) | null = null
  const held: string[] = []
  const deliver = (paths: string[]): void => {
    if (paths.length === 0) return
    if (target) target(paths)
    else for (const path of paths) held.push(path)
  }
  app.on('open-file', (event, path) => {
    event.preventDefault()
    deliver(openableFiles([path]))
  })
  const appPaths = app.isPackaged ? [] : [app.getAppPath()]
  // macOS never passes documents on the command line (they come as open-file events).
  if (process.platform !== 'darwin')
    deliver(
      filesFromArgv(process.argv, {
        cwd: process.cwd(),
        appPaths,
        isRegularFile: isRegularFileOnDisk
      })
    )
  return {
    attach(open) {
      target = open
      if (held.length > 0) open(held.splice(0))
    },
    fromSecondInstance(argv, cwd) {
      deliver(filesFromArgv(argv, { cwd, appPaths, isRegularFile: isRegularFileOnDisk }))
    }
  }
}
