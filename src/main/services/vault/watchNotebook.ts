/** Watches a notebook folder (not its subfolders) for answer files changed by other programs. */
import { watch } from 'chokidar'
import { basename } from 'node:path'

export interface NotebookWatcher {
  ready: Promise<void>
  close(): Promise<void>
}

const ID_FILE = /^([a-z0-9-]{1,80})\.md$/

/** Calls `onChange(id)` when `<id>.md` is added, changed or removed. */
export function watchNotebook(dir: string, onChange: (id: string) => void): NotebookWatcher {
  const watcher = watch(dir, {
    ignoreInitial: true,
    depth: 0,
    // Editors and git write in bursts; wait until the file stops changing before reading it.
    awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
    ignored: (path: string) => path !== dir && !ID_FILE.test(basename(path))
  })
  const handle = (path: string): void => {
    const id = ID_FILE.exec(basename(path))?.[1]
    if (id) onChange(id)
  }
  watcher.on('add', handle).on('change', handle).on('unlink', handle)
  // A watcher failure (folder removed, too many files) must not crash the app.
  watcher.on('error', () => undefined)
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  return { ready, close: () => watcher.close() }
}
