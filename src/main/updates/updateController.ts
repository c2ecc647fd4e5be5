/**
 * The update flow without Electron: check (on schedule or on request), ask before downloading,
 * ask before restarting. The updater and the dialogs come in as ports, so the flow is tested
 * with fakes; `electronUpdates.ts` wires electron-updater and native dialogs.
 */
import type { KeyValueStore } from '../store/keyValueStore'
import { isCheckDue, LAST_CHECK_KEY, updatesOffMessage, type UpdatesMode } from './updatePolicy'

export interface Updater {
  /** The newer version on offer, or null when this one is current. */
  check(): Promise<{ version: string } | null>
  download(): Promise<void>
  /** Quits and installs the downloaded version. */
  install(): void
}

export interface UpdatePrompts {
  /** "Version X is available. Download it now?" → true to download. */
  offerDownload(version: string): Promise<boolean>
  /** "Version X is ready. Restart now?" → true to restart. */
  offerRestart(version: string): Promise<boolean>
  /** An outcome worth telling someone who asked (never shown for scheduled checks). */
  tell(message: string): Promise<void>
}

export interface UpdateControllerOptions {
  mode: UpdatesMode
  /** Absent when updates are off. */
  updater: Updater | null
  prompts: UpdatePrompts
  store: KeyValueStore
  currentVersion: string
  now?: () => number
}

export interface UpdateController {
  /** The quiet daily check at start-up (and on a timer): does nothing unless one is due. */
  checkOnSchedule(): Promise<void>
  /** "Check for updates…": always checks and always says what it found. */
  checkNow(): Promise<void>
}

function failure(what: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  return `Could not ${what}: ${reason.replace(/\.$/, '')}. Check your internet connection and try again.`
}

/** Creates the controller; at most one check or download runs at a time. */
export function createUpdateController(options: UpdateControllerOptions): UpdateController {
  const { mode, updater, prompts, store } = options
  const now = options.now ?? Date.now
  let busy = false

  async function run(manual: boolean): Promise<void> {
    if (!mode.enabled || !updater) {
      if (manual)
        await prompts.tell(updatesOffMessage(mode.enabled ? 'no-publish-target' : mode.reason))
      return
    }
    if (busy) {
      if (manual) await prompts.tell('Study Notebook is already checking for updates.')
      return
    }
    busy = true
    let offer: { version: string } | null
    try {
      // Recorded before the check, so a failing network does not mean a retry on every start.
      store.set(LAST_CHECK_KEY, now())
      offer = await updater.check()
    } catch (error) {
      busy = false
      if (manual) await prompts.tell(failure('check for updates', error))
      return
    }
    try {
      if (!offer) {
        if (manual) await prompts.tell(`Study Notebook ${options.currentVersion} is up to date.`)
        return
      }
      if (!(await prompts.offerDownload(offer.version))) return
      await updater.download()
      if (await prompts.offerRestart(offer.version)) updater.install()
    } catch (error) {
      // The user said yes to the download, so a failure is theirs to know about.
      await prompts.tell(failure('download the update', error))
    } finally {
      busy = false
    }
  }

  return {
    checkOnSchedule: async () => {
      if (mode.enabled && isCheckDue(store.get(LAST_CHECK_KEY), now())) await run(false)
    },
    checkNow: () => run(true)
  }
}
