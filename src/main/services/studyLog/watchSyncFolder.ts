/**
 * Watches what a sync tool changes in the notebook folder besides answers: the study logs in
 * `reviews/` and `study/` (another device's progress arriving) and the folder's own file list
 * (conflict copies appearing or going). The answers keep their own watcher in the vault.
 *
 * Plain `fs.watch` on three folders, not recursive: a notebook under git has a large `.git`
 * that must not be watched. The log folders may not exist yet; they are watched once the
 * notebook folder reports them.
 */
import { watch, type FSWatcher } from 'node:fs'
import { join } from 'node:path'
import { REVIEWS_DIR, STATE_DIR } from './studyLogFiles'

export interface SyncFolderWatcher {
  close(): Promise<void>
}

export interface SyncFolderHandlers {
  /** A study log was added, changed or removed. */
  onLogs: () => void
  /** A file appeared, changed or went in the notebook folder itself. */
  onFiles: () => void
}

// Sync tools write in bursts (temp file, rename, several logs at once); report once it settles.
const SETTLE_MS = 300

/** Starts watching `dir`; failures to watch are silent (a reload at start still sees all). */
export function watchSyncFolder(dir: string, handlers: SyncFolderHandlers): SyncFolderWatcher {
  let closed = false
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  const later = (key: 'logs' | 'files', run: () => void): void => {
    const pending = timers.get(key)
    if (pending) clearTimeout(pending)
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key)
        if (!closed) run()
      }, SETTLE_MS)
    )
  }
  const watchers = new Map<string, FSWatcher>()
  const open = (path: string, listener: (name: string | null) => void): void => {
    if (closed || watchers.has(path)) return
    try {
      const watcher = watch(path, (_event, name) => listener(name ? name.toString() : null))
      watcher.on('error', () => {
        // The folder was removed (a sync tool replacing it): watch it again when it is back.
        watcher.close()
        watchers.delete(path)
      })
      watchers.set(path, watcher)
    } catch {
      // Not there yet, or out of watches: the next notebook-folder event tries again.
    }
  }
  const openLogFolders = (): void => {
    for (const folder of [REVIEWS_DIR, STATE_DIR])
      open(join(dir, folder), () => later('logs', handlers.onLogs))
  }
  open(dir, (name) => {
    if (name === REVIEWS_DIR || name === STATE_DIR || name === null) {
      openLogFolders()
      later('logs', handlers.onLogs)
    }
    later('files', handlers.onFiles)
  })
  openLogFolders()
  return {
    async close() {
      closed = true
      for (const timer of timers.values()) clearTimeout(timer)
      timers.clear()
      for (const watcher of watchers.values()) watcher.close()
      watchers.clear()
    }
  }
}
