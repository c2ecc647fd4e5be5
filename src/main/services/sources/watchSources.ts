/**
 * Watches the user's source files and folders and calls back, debounced, when a document is
 * changed, added or removed, so the catalog can be re-ingested.
 */
import { basename, resolve, sep } from 'node:path'
import { watch, type FSWatcher } from 'chokidar'
import { isDocumentPath, isSkippedDir } from './expandFolder'

export interface SourceWatcher {
  /** Settles once the initial scan is done and changes are being reported. */
  readonly ready: Promise<void>
  /** Watches exactly these paths from now on (added and removed sources). */
  update(paths: readonly string[]): void
  /** Stops watching and cancels a pending callback. */
  dispose(): Promise<void>
}

export interface WatchOptions {
  /** Quiet time before the callback, so a save that writes several times triggers once. */
  debounceMs?: number
  /**
   * false: watch each path's own entries only (the caller lists every folder to watch, and a
   * new subfolder is reported so the caller can rescan and list it). Default true.
   */
  recursive?: boolean
}

const DEFAULT_DEBOUNCE_MS = 300

/** Starts watching `paths` (files or folders); `onChange` gets the changed document paths. */
export function watchSources(
  paths: readonly string[],
  onChange: (changed: string[]) => void,
  options: WatchOptions = {}
): SourceWatcher {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS
  let roots = new Set(paths.map((p) => resolve(p)))
  const pending = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let disposed = false

  const ignored = (path: string, stats?: { isFile(): boolean; isDirectory(): boolean }) => {
    if (roots.has(resolve(path))) return false
    const name = basename(path)
    if (stats?.isFile()) return name.startsWith('.') || !isDocumentPath(path)
    return isSkippedDir(name)
  }
  const recursive = options.recursive !== false
  const watcher: FSWatcher = watch([...roots], {
    ignoreInitial: true,
    ignored,
    ...(recursive ? {} : { depth: 0 })
  })
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()))

  // chokidar's unwatch of a folder does not silence files it already watches inside it.
  const underRoot = (path: string) => {
    const absolute = resolve(path)
    for (const root of roots) if (absolute === root || absolute.startsWith(root + sep)) return true
    return false
  }
  const flush = () => {
    timer = undefined
    if (disposed || pending.size === 0) return
    const changed = [...pending].sort()
    pending.clear()
    onChange(changed)
  }
  watcher.on('all', (event, path) => {
    // A new folder matters once documents appear in it (their own 'add'); a removed one at once.
    // Without recursion a new folder is not watched yet: report it, so a rescan lists it.
    const relevant =
      event === 'unlinkDir' ||
      (event === 'addDir' ? !recursive && !roots.has(resolve(path)) : isDocumentPath(path))
    if (!relevant || disposed || !underRoot(path)) return
    pending.add(path)
    if (timer) clearTimeout(timer)
    timer = setTimeout(flush, debounceMs)
  })
  // A watcher error (permission lost, too many files) must not take the app down; the next
  // ingest reports the source's real state.
  watcher.on('error', () => undefined)

  return {
    ready,
    update(next) {
      const wanted = new Set(next.map((p) => resolve(p)))
      const removed = [...roots].filter((p) => !wanted.has(p))
      const added = [...wanted].filter((p) => !roots.has(p))
      roots = wanted
      if (removed.length > 0) watcher.unwatch(removed)
      if (added.length > 0) watcher.add(added)
    },
    async dispose() {
      disposed = true
      if (timer) clearTimeout(timer)
      timer = undefined
      await watcher.close()
    }
  }
}
