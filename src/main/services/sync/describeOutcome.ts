/** The one-sentence status of a finished sync, from what it did or why it stopped. */
import type { SyncOutcome } from '../../../shared/ipc/syncTypes'
import type { SyncRun } from './runSync'
import { SyncError } from './syncError'

const files = (n: number) => (n === 1 ? '1 file' : `${n} files`)
const changes = (n: number) => (n === 1 ? '1 change' : `${n} changes`)

/** The outcome of a sync that returned. `hasRemote`: false when it only committed. */
export function outcomeOfRun(run: SyncRun, hasRemote: boolean, at: number): SyncOutcome {
  const base = {
    at,
    conflicts: run.conflicts,
    committed: run.committed.length,
    pulled: run.pulled.length,
    pushed: run.pushed
  }
  if (run.conflicts.length)
    return {
      ...base,
      result: 'conflicts',
      message: `${files(run.conflicts.length)} ${run.conflicts.length === 1 ? 'needs' : 'need'} your choice: ${run.conflicts.join(', ')}. Pick a version in each, then sync again.`
    }
  if (!hasRemote)
    return {
      ...base,
      result: 'committed',
      message: run.committed.length
        ? `Committed ${changes(run.committed.length)} locally. Add a remote to sync them.`
        : 'Nothing new to commit. Add a remote to sync.'
    }
  const parts: string[] = []
  if (run.firstPush) parts.push('the remote was empty; your notebook is on it now')
  else if (run.committed.length) parts.push(`sent ${changes(run.committed.length)}`)
  if (run.pulled.length) parts.push(`received ${files(run.pulled.length)}`)
  return {
    ...base,
    result: 'synced',
    message: parts.length ? `Synced: ${parts.join(', ')}.` : 'Up to date.'
  }
}

/** The outcome of a sync that threw. Offline and refused syncs still committed locally. */
export function outcomeOfError(error: unknown, at: number): SyncOutcome {
  const kept = error instanceof SyncError && (error.kind === 'offline' || error.kind === 'auth')
  return {
    at,
    result: kept ? 'committed' : 'failed',
    message: error instanceof Error ? error.message : String(error),
    conflicts: [],
    committed: 0,
    pulled: 0,
    pushed: false
  }
}
