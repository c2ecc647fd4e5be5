/**
 * Files the OS opened with the app (double-click, "Open with", a second launch). They are
 * granted as the Add source dialog's picks would be, then wait here until the renderer takes
 * them, so none is lost while the window is still loading (or reloading).
 */
import { isAbsolute, resolve } from 'node:path'
import type { PathGrants } from '../notebook/pathGrants'

const MAX_WAITING = 1000

/** The queue between the OS and the renderer's import preview. */
export class OpenedFiles {
  private waiting: string[] = []

  constructor(
    private readonly grants: PathGrants,
    private readonly notify: (count: number) => void
  ) {}

  /** Queues `paths` (already checked by the caller: existing, importable files). */
  offer(paths: readonly string[]): void {
    const fresh = [...new Set(paths.filter((p) => isAbsolute(p)).map((p) => resolve(p)))].filter(
      (p) => !this.waiting.includes(p)
    )
    if (fresh.length === 0) return
    // The user chose these in the OS as they would in our dialog: they may be added.
    this.grants.record('open-sources', fresh)
    this.waiting = [...this.waiting, ...fresh].slice(-MAX_WAITING)
    this.notify(this.waiting.length)
  }

  /** Everything waiting, oldest first; the queue is empty afterwards. */
  take(): string[] {
    const taken = this.waiting
    this.waiting = []
    return taken
  }
}
