/**
 * When Study Notebook looks for a new version: never in development, never without a publish
 * target (electron-builder writes `app-update.yml` into the resources only when one is
 * configured), and on its own at most once a day.
 */

/** A day: the automatic check runs at most this often. */
export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000

/** Store key holding the time of the last check (ms since the epoch). */
export const LAST_CHECK_KEY = 'updatesLastCheckAt'

export type UpdatesOffReason = 'development' | 'no-publish-target' | 'turned-off'

export type UpdatesMode = { enabled: true } | { enabled: false; reason: UpdatesOffReason }

export interface UpdateFacts {
  /** `app.isPackaged`. */
  isPackaged: boolean
  /** `app-update.yml` exists in the app's resources. */
  hasPublishTarget: boolean
  /** `STUDY_NOTEBOOK_NO_UPDATES=1` turns checks off (managed installs, tests). */
  env: Record<string, string | undefined>
}

/** Whether update checks may run at all, and if not, why. */
export function updatesMode(facts: UpdateFacts): UpdatesMode {
  if (!facts.isPackaged) return { enabled: false, reason: 'development' }
  if (facts.env['STUDY_NOTEBOOK_NO_UPDATES'] === '1')
    return { enabled: false, reason: 'turned-off' }
  if (!facts.hasPublishTarget) return { enabled: false, reason: 'no-publish-target' }
  return { enabled: true }
}

/** Whether the automatic check is due; a last check "in the future" (clock changed) counts as due. */
export function isCheckDue(lastCheckAt: unknown, now: number): boolean {
  if (typeof lastCheckAt !== 'number' || !Number.isFinite(lastCheckAt)) return true
  return now - lastCheckAt >= CHECK_INTERVAL_MS || lastCheckAt > now
}

/** What "Check for updates" says when checks are off. */
export function updatesOffMessage(reason: UpdatesOffReason): string {
  switch (reason) {
    case 'development':
      return 'Updates are not checked in development builds. Pull the latest source instead.'
    case 'turned-off':
      return 'Update checks are turned off (STUDY_NOTEBOOK_NO_UPDATES=1).'
    case 'no-publish-target':
      return 'This build has no update channel. Download new versions from the project’s releases page.'
  }
}
