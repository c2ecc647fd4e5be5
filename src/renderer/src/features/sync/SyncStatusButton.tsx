/**
 * The toolbar's sync button: shows how the last sync went and opens the Sync dialog. It also
 * answers the menu's "File → Sync…" and "Sync now", so the feature plugs in with one element.
 */
import { lazy, Suspense, useEffect, useState } from 'react'
import { call, subscribe } from '@renderer/api/notebookClient'
import { Icon } from '@renderer/components/Icon'
import { shortStatus, useSyncStatus } from './useSyncStatus'

// Loaded on first open: the dialog stays out of the JavaScript the notebook needs at start-up.
const SyncDialog = lazy(() => import('./SyncDialog').then((m) => ({ default: m.SyncDialog })))

export function SyncStatusButton() {
  const [status, setStatus] = useSyncStatus()
  const [open, setOpen] = useState(false)
  const [now, setNow] = useState(() => Date.now())
  // "Synced 3 min ago" ages while the window is open.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    return () => clearInterval(timer)
  }, [])
  useEffect(
    () =>
      subscribe('app:command', ({ command }) => {
        if (command === 'sync-dialog') setOpen(true)
        else if (command === 'sync-now') void call('sync:now').catch(() => setOpen(true))
      }),
    []
  )
  const result = status?.running ? 'running' : (status?.last?.result ?? 'none')
  const label = shortStatus(status, Math.max(now, status?.last?.at ?? 0))
  return (
    <>
      <button
        type="button"
        className={`btn sync-button sync-button--${result}`}
        data-testid="sync-button"
        aria-label={label}
        title={status?.last?.message ?? 'Sync this notebook with a git repository'}
        onClick={() => setOpen(true)}
      >
        <Icon name={result === 'conflicts' || result === 'failed' ? 'alert' : 'sync'} size={14} />{' '}
        <span className="sync-button__label">{label}</span>
      </button>
      {open && status && (
        <Suspense fallback={null}>
          <SyncDialog status={status} onStatus={setStatus} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
