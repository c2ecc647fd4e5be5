/**
 * The git sync channels: settings, token, "Sync now", status. The controller runs the syncs;
 * this wires it to the open notebook folder and reloads what a pull changed.
 */
import type { Handlers } from '../../../shared/ipc/contract'
import { NOTE_FILE_PATTERN } from '../vault/noteFile'
import type { SecretStore } from '../sync/secretStore'
import { SyncController } from '../sync/syncController'
import type { NotebookCore } from './notebookCore'

type SyncChannels =
  'sync:status' | 'sync:configure' | 'sync:setToken' | 'sync:clearToken' | 'sync:now'

// Files of the user's own catalog: a pull that changed them rebuilds the catalog.
const CATALOG_FILES = new Set(['My questions.md', 'corrections.json'])

/** The controller for `core`'s notebook folder. */
export function createSyncController(
  core: NotebookCore,
  secrets: SecretStore | null,
  device?: string
): SyncController {
  return new SyncController({
    store: core.store,
    secrets,
    notebookDir: () => core.vault.dir,
    onStatus: (status) => core.emit('sync:changed', status),
    ...(device ? { device } : {}),
    now: core.now,
    async onPulled(paths) {
      // Answers are re-read here rather than left to the folder watcher, which may be off.
      const ids = paths.flatMap((p) => NOTE_FILE_PATTERN.exec(p)?.[1] ?? [])
      if (ids.length) await core.vault.refresh(ids)
      if (paths.some((p) => CATALOG_FILES.has(p))) await core.reloadUserCatalog()
    }
  })
}

/** The channel handlers over the controller. */
export function syncHandlers(sync: SyncController): Pick<Handlers, SyncChannels> {
  return {
    'sync:status': () => sync.status(),
    'sync:configure': (patch) => sync.configure(patch),
    'sync:setToken': (token) => sync.setToken(token),
    'sync:clearToken': () => sync.clearToken(),
    'sync:now': () => sync.syncNow()
  }
}
