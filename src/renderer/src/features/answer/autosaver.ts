/**
 * The autosave state machine for one open answer, free of React and timers' owners so it can be
 * tested with fake timers. It never loses text: a failed save stays dirty and retries, and a
 * save over a file changed elsewhere is kept aside by the vault (a conflict), never forced.
 */
import type { NoteSaveRequest, NoteSaveResult } from '@shared/ipc/types'

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error' | 'conflict'

export interface SaveConflict {
  diskMarkdown: string
  diskRevision: string
  /** Where the vault kept the editor's text. */
  keptAs: string
}

export interface AutosaveStatus {
  state: SaveState
  savedAt: number | null
  error: string | null
  conflict: SaveConflict | null
}

export interface AutosaverOptions {
  id: string
  /** Revision of the text the editor was loaded from; null for a new answer. */
  baseRevision: string | null
  /** The Markdown the editor was loaded from. */
  loadedMarkdown: string
  /** Reads the editor's current Markdown. */
  read: () => string
  save: (request: NoteSaveRequest) => Promise<NoteSaveResult>
  onStatus: (status: AutosaveStatus) => void
  /** Quiet time after the last keystroke before saving. */
  debounceMs?: number
  /** Upper bound on how far a save may trail continuous typing. */
  maxWaitMs?: number
  /** Delay before retrying a failed save. */
  retryMs?: number
}

type Timer = ReturnType<typeof setTimeout>

/** Debounced, flushable saving of one answer. */
export class Autosaver {
  private baseRevision: string | null
  private lastSaved: string
  private dirty = false
  private inFlight: Promise<void> | null = null
  private debounceTimer: Timer | null = null
  private maxWaitTimer: Timer | null = null
  private retryTimer: Timer | null = null
  private status: AutosaveStatus = { state: 'saved', savedAt: null, error: null, conflict: null }
  private disposed = false

  constructor(private readonly options: AutosaverOptions) {
    this.baseRevision = options.baseRevision
    this.lastSaved = options.loadedMarkdown
  }

  /** The user edited: save soon (unless a conflict waits for the user's decision). */
  markEdited(): void {
    this.dirty = true
    if (this.status.state === 'conflict') return
    this.setStatus({ state: this.inFlight ? 'saving' : 'unsaved' })
    if (this.debounceTimer) clearTimeout(this.debounceTimer)
    this.debounceTimer = setTimeout(() => void this.flush(), this.options.debounceMs ?? 500)
    this.maxWaitTimer ??= setTimeout(() => void this.flush(), this.options.maxWaitMs ?? 1000)
  }

  /** The question this saver writes. */
  get id(): string {
    return this.options.id
  }

  /** The disk revision the next save builds on. */
  get revision(): string | null {
    return this.baseRevision
  }

  /** True while there is text the disk does not have yet. */
  hasLocalEdits(): boolean {
    return this.dirty || this.inFlight !== null || this.status.state === 'conflict'
  }

  /**
   * Saves now if anything changed, and resolves once the disk has it. While a conflict is open,
   * only a `force`d flush (leaving the question, quitting) writes, and the vault keeps that text
   * as another copy beside the disk version.
   */
  async flush(options: { force?: boolean } = {}): Promise<void> {
    this.clearTimers()
    while (this.inFlight) await this.inFlight
    if (!this.dirty) return
    if (this.status.state === 'conflict' && !options.force) return
    this.dirty = false
    const markdown = this.options.read()
    if (markdown === this.lastSaved && this.status.state !== 'conflict') {
      this.setStatus({ state: 'saved', error: null })
      return
    }
    const request = { id: this.options.id, markdown, baseRevision: this.baseRevision }
    const run = this.send(request, markdown)
    this.inFlight = run
    try {
      await run
    } finally {
      this.inFlight = null
    }
    // Edits typed while the save was in flight go out on the usual schedule.
    if (this.dirty && this.status.state === 'unsaved') this.markEdited()
  }

  /** Keep the editor's text and write it over the disk version (the user chose so). */
  keepMine(): void {
    const conflict = this.status.conflict
    if (!conflict) return
    this.baseRevision = conflict.diskRevision
    this.lastSaved = conflict.diskMarkdown
    this.dirty = true
    this.setStatus({ state: 'unsaved', conflict: null })
    void this.flush()
  }

  /** The editor now shows `markdown` at `revision` (loaded from disk); nothing is pending. */
  reloaded(markdown: string, revision: string | null): void {
    this.clearTimers()
    this.baseRevision = revision
    this.lastSaved = markdown
    this.dirty = false
    this.setStatus({ state: 'saved', error: null, conflict: null })
  }

  /** Stops timers; call after a final `flush({ force: true })`. */
  dispose(): void {
    this.disposed = true
    this.clearTimers()
  }

  private async send(request: NoteSaveRequest, markdown: string): Promise<void> {
    this.setStatus({ state: 'saving' })
    try {
      const result = await this.options.save(request)
      if (result.ok) {
        this.baseRevision = result.revision
        this.lastSaved = markdown
        this.setStatus({
          state: this.dirty ? 'unsaved' : 'saved',
          savedAt: result.savedAt,
          error: null
        })
      } else {
        this.setStatus({ state: 'conflict', conflict: result.conflict, error: null })
      }
    } catch (error) {
      // The text is still in the editor: mark it unsaved again and retry later.
      this.dirty = true
      this.setStatus({
        state: 'error',
        error: error instanceof Error ? error.message : String(error)
      })
      if (!this.disposed) {
        if (this.retryTimer) clearTimeout(this.retryTimer)
        this.retryTimer = setTimeout(() => void this.flush(), this.options.retryMs ?? 3000)
      }
    }
  }

  private clearTimers(): void {
    for (const timer of [this.debounceTimer, this.maxWaitTimer, this.retryTimer])
      if (timer) clearTimeout(timer)
    this.debounceTimer = this.maxWaitTimer = this.retryTimer = null
  }

  private setStatus(patch: Partial<AutosaveStatus>): void {
    this.status = { ...this.status, ...patch }
    this.options.onStatus(this.status)
  }
}
