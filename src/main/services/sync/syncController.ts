/**
 * Runs the notebook's git sync for the app: one sync at a time, on demand, on start, every N
 * minutes and (bounded) on quit; keeps the settings and the token; reports status as events.
 */
import { hostname } from 'node:os'
import { checkRemoteUrl } from '../../../shared/domain/sync/remoteUrl'
import type {
  SyncOutcome,
  SyncPhase,
  SyncSettings,
  SyncStatus
} from '../../../shared/ipc/syncTypes'
import type { KeyValueStore } from '../../store/keyValueStore'
import { outcomeOfError, outcomeOfRun } from './describeOutcome'
import { runSync } from './runSync'
import type { SecretStore } from './secretStore'
import { readSyncSettings, updateSyncSettings } from './syncSettingsStore'

export interface SyncControllerOptions {
  store: KeyValueStore
  /** Where the token lives; null when this host cannot keep one safely. */
  secrets: SecretStore | null
  /** The open notebook folder. */
  notebookDir: () => string
  /** Status changes (phase, result) for the renderer. */
  onStatus: (status: SyncStatus) => void
  /** Files a pull changed, relative to the notebook folder, so the app reloads them. */
  onPulled: (paths: string[]) => Promise<void> | void
  device?: string
  now?: () => number
}

/** How long quitting waits for the last sync before leaving the work committed locally. */
export const QUIT_SYNC_MS = 5000

export class SyncController {
  private running: Promise<SyncOutcome> | null = null
  private again: Promise<SyncOutcome> | null = null
  private phase: SyncPhase | null = null
  private last: SyncOutcome | null = null
  private timer: ReturnType<typeof setInterval> | null = null
  private disposed = false
  private readonly device: string
  private readonly now: () => number

  constructor(private readonly options: SyncControllerOptions) {
    this.device = options.device ?? hostname()
    this.now = options.now ?? Date.now
  }

  get settings(): SyncSettings {
    return readSyncSettings(this.options.store)
  }

  async status(): Promise<SyncStatus> {
    return {
      settings: this.settings,
      tokenSet: (await this.options.secrets?.has()) ?? false,
      tokenStorage: this.options.secrets !== null,
      running: this.running !== null,
      phase: this.phase,
      last: this.last
    }
  }

  private async publish(): Promise<SyncStatus> {
    const status = await this.status()
    if (!this.disposed) this.options.onStatus(status)
    return status
  }

  async configure(patch: Partial<SyncSettings>): Promise<SyncStatus> {
    updateSyncSettings(this.options.store, patch)
    this.schedule()
    return this.publish()
  }

  async setToken(token: string): Promise<SyncStatus> {
    if (!this.options.secrets)
      throw new Error(
        'This computer cannot store a token safely, so none was kept. Use a public or local remote, or the command line with STUDY_NOTEBOOK_GIT_TOKEN.'
      )
    await this.options.secrets.set(token)
    return this.publish()
  }

  async clearToken(): Promise<SyncStatus> {
    await this.options.secrets?.clear()
    return this.publish()
  }

  /**
   * Syncs now. While a sync runs, a second request waits for it and then runs once more (the
   * user's newest changes go too); further requests share that second run.
   */
  syncNow(): Promise<SyncOutcome> {
    if (!this.running) return (this.running = this.runOnce())
    this.again ??= this.running.then(() => {
      this.again = null
      return (this.running = this.runOnce())
    })
    return this.again
  }

  private async runOnce(): Promise<SyncOutcome> {
    await this.publish()
    const { remoteUrl } = this.settings
    const checked = remoteUrl ? checkRemoteUrl(remoteUrl) : null
    let outcome: SyncOutcome
    try {
      const run = await runSync({
        dir: this.options.notebookDir(),
        device: this.device,
        remote:
          checked?.ok === true
            ? {
                url: checked.url,
                host: checked.host,
                token: (await this.options.secrets?.get()) ?? null
              }
            : null,
        onPhase: (phase) => {
          this.phase = phase
          void this.publish()
        }
      })
      if (run.pulled.length) await this.options.onPulled(run.pulled)
      outcome = outcomeOfRun(run, checked?.ok === true, this.now())
    } catch (error) {
      outcome = outcomeOfError(error, this.now())
    }
    this.last = outcome
    this.phase = null
    this.running = null
    await this.publish()
    return outcome
  }

  /** After the catalog is ready: the start-up sync and the timer. */
  start(): void {
    if (this.settings.onStart && this.settings.remoteUrl) void this.syncNow()
    this.schedule()
  }

  private schedule(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    const minutes = this.settings.intervalMinutes
    if (this.disposed || minutes <= 0) return
    this.timer = setInterval(() => {
      if (this.settings.remoteUrl) void this.syncNow()
    }, minutes * 60_000)
    this.timer.unref?.()
  }

  /**
   * The quit-time sync, bounded: after `limitMs` quitting goes on (the work is committed
   * locally by then, or will be by the next start's sync). False when it did not finish.
   */
  async quit(limitMs = QUIT_SYNC_MS): Promise<boolean> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    const { onQuit, remoteUrl } = this.settings
    if (!onQuit || !remoteUrl || this.disposed) return true
    let timeout: ReturnType<typeof setTimeout> | undefined
    const finished = await Promise.race([
      this.syncNow().then(() => true),
      new Promise<boolean>((resolve) => (timeout = setTimeout(() => resolve(false), limitMs)))
    ])
    clearTimeout(timeout)
    this.disposed = true
    return finished
  }
}
