/** The shared start-up sequence for conf and electron-store: recover, open, keep a good copy. */
import type { AppNotice } from '../../shared/ipc/types'
import type { KeyValueStore } from './keyValueStore'
import { recoverConfigFile, saveGoodCopy } from './recoverConfig'

/**
 * Recovers `configFile` if damaged, opens it with `create` and refreshes the last good copy.
 */
export async function openRecoveredStore(
  configFile: string,
  create: () => KeyValueStore & { readonly store: unknown },
  now: () => number
): Promise<{ store: KeyValueStore; notices: AppNotice[] }> {
  const recovery = await recoverConfigFile(configFile, now)
  const notices: AppNotice[] = [...recovery.notices]
  const store = create()
  // conf reads lazily: touch the data now so a bad file fails here, not in the middle of a save.
  void store.store
  await saveGoodCopy(configFile)
  return { store, notices }
}
