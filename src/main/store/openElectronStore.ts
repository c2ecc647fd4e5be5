/** Opens config.json with electron-store in the app, after the same corruption checks as conf. */
import Store from 'electron-store'
import { dataPaths } from '../services/dataPaths'
import type { OpenedStore } from './openConfStore'
import { openRecoveredStore } from './openRecoveredStore'

/** Opens `<dataDir>/config.json` with electron-store, recovering a damaged file first. */
export function openElectronStore(
  dataDir: string,
  now: () => number = Date.now
): Promise<OpenedStore> {
  const { configFile } = dataPaths(dataDir)
  return openRecoveredStore(
    configFile,
    () => new Store<Record<string, unknown>>({ cwd: dataDir, name: 'config' }),
    now
  )
}
