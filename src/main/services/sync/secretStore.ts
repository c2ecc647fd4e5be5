/**
 * Where the sync token is kept. The app's implementation (`src/main/ipc/electronSecretStore.ts`)
 * encrypts it with Electron's safeStorage into the data folder; the services only see this port.
 */

/** A single secret (the git token): set, read, cleared. Never stored in plain text by the app. */
export interface SecretStore {
  /** The secret, or null when none is set (or it can no longer be decrypted). */
  get(): Promise<string | null>
  /** Stores the secret; throws a readable error when it cannot be kept safely. */
  set(secret: string): Promise<void>
  clear(): Promise<void>
  /** Whether a secret is set, without decrypting it. */
  has(): Promise<boolean>
}

/**
 * TEST-ONLY: a secret kept in memory for the browser bridge and unit tests. It is never used by
 * the Electron app, which must not hold the token anywhere but the OS-encrypted file.
 */
export function createMemorySecretStoreForTests(initial: string | null = null): SecretStore {
  let secret = initial
  return {
    get: async () => secret,
    set: async (value) => void (secret = value),
    clear: async () => void (secret = null),
    has: async () => secret !== null
  }
}
