/**
 * The sync settings in the data folder's store (key `sync`): a machine setting, like the window
 * size, never in the notebook folder it syncs. Read defensively: the file may be hand-edited.
 */
import { checkRemoteUrl } from '../../../shared/domain/sync/remoteUrl'
import { DEFAULT_SYNC_SETTINGS, type SyncSettings } from '../../../shared/ipc/syncTypes'
import type { KeyValueStore } from '../../store/keyValueStore'

const KEY = 'sync'

/** The stored settings over the defaults, keeping only well-typed values. */
export function readSyncSettings(store: KeyValueStore): SyncSettings {
  const raw = store.get(KEY)
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback)
  const url = typeof value['remoteUrl'] === 'string' ? value['remoteUrl'] : ''
  const minutes = value['intervalMinutes']
  return {
    remoteUrl: url && checkRemoteUrl(url).ok ? url : '',
    intervalMinutes:
      typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 0 && minutes <= 1440
        ? minutes
        : DEFAULT_SYNC_SETTINGS.intervalMinutes,
    onStart: bool(value['onStart'], DEFAULT_SYNC_SETTINGS.onStart),
    onQuit: bool(value['onQuit'], DEFAULT_SYNC_SETTINGS.onQuit)
  }
}

/** Applies a patch; a remote URL is checked first (throws its sentence when refused). */
export function updateSyncSettings(
  store: KeyValueStore,
  patch: Partial<SyncSettings>
): SyncSettings {
  const next = { ...readSyncSettings(store), ...patch }
  if (patch.remoteUrl !== undefined && patch.remoteUrl.trim() !== '') {
    const checked = checkRemoteUrl(patch.remoteUrl)
    if (!checked.ok) throw new Error(checked.message)
    next.remoteUrl = checked.url
  } else if (patch.remoteUrl !== undefined) next.remoteUrl = ''
  store.set(KEY, next)
  return next
}
