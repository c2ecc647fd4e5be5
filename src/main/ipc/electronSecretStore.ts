/**
 * The git sync token kept with Electron's safeStorage (the OS keychain's key: Keychain, DPAPI,
 * libsecret/kwallet): only the encrypted bytes are written, to `sync-token.bin` in the data
 * folder, never into the synced notebook folder. The token never goes back to the renderer.
 */
import { safeStorage } from 'electron'
import { readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../services/files/atomicWrite'
import type { SecretStore } from '../services/sync/secretStore'

/** File name of the encrypted token in the data folder. */
export const TOKEN_FILE = 'sync-token.bin'

/** The SecretStore of the app, for the data folder `dataDir`. */
export function createElectronSecretStore(dataDir: string): SecretStore {
  const file = join(dataDir, TOKEN_FILE)
  return {
    async get() {
      const bytes = await readFile(file).catch(() => null)
      if (!bytes || !safeStorage.isEncryptionAvailable()) return null
      try {
        return safeStorage.decryptString(bytes)
      } catch {
        // Encrypted under another OS account or keychain: as good as no token; ask again.
        return null
      }
    },
    async set(secret) {
      if (!safeStorage.isEncryptionAvailable())
        throw new Error(
          'The token was not saved: this computer offers no encrypted storage (on Linux, a keyring such as GNOME Keyring or KWallet). Use a public or local remote, or the command line with STUDY_NOTEBOOK_GIT_TOKEN.'
        )
      // Linux without a keyring falls back to a hard-coded key: that is not safe storage.
      if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
        throw new Error(
          'The token was not saved: no keyring (GNOME Keyring or KWallet) is running, so it could only be stored in plain text. Start a keyring, or use the command line with STUDY_NOTEBOOK_GIT_TOKEN.'
        )
      await writeFileAtomic(file, safeStorage.encryptString(secret))
    },
    async clear() {
      await rm(file, { force: true })
    },
    async has() {
      return (await stat(file).catch(() => null))?.isFile() ?? false
    }
  }
}
