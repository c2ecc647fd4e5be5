/**
 * Opens config.json with conf (no electron), after the corruption checks: the store the tests,
 * the command line and the browser bridge use. The app uses electron-store over the same file.
 */
import Conf from 'conf'
import type { AppNotice } from '../../shared/ipc/types'
import { dataPaths } from '../services/dataPaths'
import type { KeyValueStore } from './keyValueStore'
import { openRecoveredStore } from './openRecoveredStore'

export interface OpenedStore {
  store: KeyValueStore
  /** Recovery messages for the user (damaged file restored, …). */
  notices: AppNotice[]
}

/** Opens `<dataDir>/config.json` with conf, recovering a damaged file first. */
export function openConfStore(dataDir: string, now: () => number = Date.now): Promise<OpenedStore> {
  const { configFile } = dataPaths(dataDir)
  return openRecoveredStore(
    configFile,
    () => new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'config' }),
    now
  )
}
