/**
 * Every open autosaver, so a window-wide event (quit, reload, tab hidden) can flush them all.
 * The main process asks with `app:flush-request` and waits for `app:flushed` before quitting.
 */
import { call, subscribe } from '@renderer/api/notebookClient'

interface Flushable {
  flush(options: { force: boolean }): Promise<void>
}

const open = new Set<Flushable>()
let installed = false

/** Registers an autosaver; returns the unregister function. */
export function registerFlushable(saver: Flushable): () => void {
  installFlushResponder()
  open.add(saver)
  return () => {
    open.delete(saver)
  }
}

/** Flushes every open answer; resolves when all writes have settled. */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...open].map((saver) => saver.flush({ force: true })))
}

/**
 * Answers the main process's flush requests and flushes on page hide / unload. Idempotent;
 * installed on first use and for the window's lifetime (there is one notebook per window).
 */
export function installFlushResponder(): void {
  if (installed || typeof window === 'undefined') return
  installed = true
  subscribe('app:flush-request', () => {
    void flushAll().finally(() => {
      call('app:flushed').catch(() => undefined)
    })
  })
  // Best effort: the write starts before the page goes; the vault's atomic write does the rest.
  window.addEventListener('beforeunload', () => void flushAll())
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushAll()
  })
}
