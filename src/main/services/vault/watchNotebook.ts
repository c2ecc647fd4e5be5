/**
 * Watches a notebook folder (not its subfolders) for answer files changed by other programs.
 *
 * One `fs.watch` on the folder rather than chokidar: chokidar watches every file and re-reads
 * the folder on each change, which with 5,000 answers cost seconds at start and ~300 ms per
 * save (measured); the folder watch costs neither. Each changed file is re-read by the vault,
 * which compares content, so duplicate or coalesced events are harmless.
 */
import { watch, type FSWatcher } from 'node:fs'
import { basename } from 'node:path'
import { NOTE_FILE_PATTERN } from './noteFile'

export interface NotebookWatcher {
  close(): Promise<void>
}

// Editors and git write in bursts (truncate, write, rename); report once the burst is over.
const SETTLE_MS = 120

/**
 * Calls `onChange(id)` when `<id>.md` is added, changed or removed, and `onUnknown()` when the
 * platform reports a change without a file name (then everything must be compared).
 */
export function watchNotebook(
  dir: string,
  onChange: (id: string) => void,
  onUnknown: () => void
): NotebookWatcher {
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  let closed = false
  const later = (key: string, run: () => void): void => {
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
  let watcher: FSWatcher | null = null
  try {
    watcher = watch(dir, (_event, filename) => {
      if (!filename) return later('*', onUnknown)
      const id = NOTE_FILE_PATTERN.exec(basename(filename.toString()))?.[1]
      if (id) later(id, () => onChange(id))
    })
    // A watcher failure (folder removed, too many watches) must not crash the app; saves still
    // detect outside edits through their revision check.
    watcher.on('error', () => undefined)
  } catch {
    watcher = null
  }
  return {
    async close() {
      closed = true
      for (const timer of timers.values()) clearTimeout(timer)
      timers.clear()
      watcher?.close()
    }
  }
}
