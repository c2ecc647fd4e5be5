import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// A stand-in for the OS: "encryption" reverses and tags the bytes, so a plain token on disk shows.
const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
  encryptString: vi.fn((s: string) => Buffer.from(`ENC:${[...s].reverse().join('')}`)),
  decryptString: vi.fn((b: Buffer) => {
    const text = b.toString()
    if (!text.startsWith('ENC:')) throw new Error('cannot decrypt')
    return [...text.slice(4)].reverse().join('')
  })
}
vi.mock('electron', () => ({ safeStorage }))

const { createElectronSecretStore, TOKEN_FILE } =
  await import('../../../../src/main/ipc/electronSecretStore')

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secret-'))
  vi.clearAllMocks()
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('createElectronSecretStore', () => {
  it('writes only the encrypted bytes into the data folder and reads them back', async () => {
    const store = createElectronSecretStore(dir)
    expect(await store.has()).toBe(false)
    await store.set('ghp_token123')
    const onDisk = await readFile(join(dir, TOKEN_FILE), 'utf8')
    expect(onDisk).not.toContain('ghp_token123')
    expect(safeStorage.encryptString).toHaveBeenCalledWith('ghp_token123')
    expect(await store.has()).toBe(true)
    expect(await store.get()).toBe('ghp_token123')
    await store.clear()
    expect(await store.get()).toBeNull()
  })

  it('refuses to store when the OS offers no encryption, or only plain text on Linux', async () => {
    const store = createElectronSecretStore(dir)
    safeStorage.isEncryptionAvailable.mockReturnValueOnce(false)
    await expect(store.set('t')).rejects.toThrow(
      /^The token was not saved: this computer offers no encrypted storage/
    )
    if (process.platform === 'linux') {
      safeStorage.getSelectedStorageBackend.mockReturnValueOnce('basic_text')
      await expect(store.set('t')).rejects.toThrow(/no keyring/)
    }
    expect(await store.has()).toBe(false)
  })

  it('treats a token it cannot decrypt (another account) as none', async () => {
    const store = createElectronSecretStore(dir)
    await store.set('x')
    safeStorage.decryptString.mockImplementationOnce(() => {
      throw new Error('wrong key')
    })
    expect(await store.get()).toBeNull()
  })
})
