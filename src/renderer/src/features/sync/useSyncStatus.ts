/** The git sync status, kept current by the main process's `sync:changed` events. */
import { useEffect, useState } from 'react'
import type { SyncStatus } from '@shared/ipc/syncTypes'
import { call, subscribe } from '@renderer/api/notebookClient'

/** The latest status (null until the first answer), and a setter for channel results. */
export function useSyncStatus(): [SyncStatus | null, (status: SyncStatus) => void] {
  const [status, setStatus] = useState<SyncStatus | null>(null)
  useEffect(() => {
    let live = true
    const off = subscribe('sync:changed', (next) => setStatus(next))
    call('sync:status').then(
      (first) => live && setStatus((current) => current ?? first),
      () => undefined
    )
    return () => {
      live = false
      off()
    }
  }, [])
  return [status, setStatus]
}

const PHASES = {
  committing: 'Committing…',
  fetching: 'Fetching…',
  merging: 'Merging…',
  pushing: 'Pushing…'
} as const

/** A short label for the status button ("Synced 5 min ago", "2 files need your choice"). */
export function shortStatus(status: SyncStatus | null, now: number): string {
  if (!status) return 'Sync'
  if (status.running) return status.phase ? PHASES[status.phase] : 'Syncing…'
  const last = status.last
  if (!last) return status.settings.remoteUrl ? 'Not synced yet' : 'Sync'
  if (last.result === 'conflicts')
    return `${last.conflicts.length} ${last.conflicts.length === 1 ? 'file needs' : 'files need'} your choice`
  if (last.result === 'failed') return 'Sync failed'
  if (last.result === 'committed' && status.settings.remoteUrl) return 'Not pushed'
  const minutes = Math.floor((now - last.at) / 60_000)
  return minutes < 1 ? 'Synced just now' : `Synced ${minutes} min ago`
}
