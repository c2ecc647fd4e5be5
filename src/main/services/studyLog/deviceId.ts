/**
 * This computer's device id: random, made once, kept in the DATA folder (a machine setting, like
 * the window size). It names this device's logs in the notebook folder (`reviews/<id>.jsonl`),
 * so it must never travel with the notebook: two computers sharing it would write one file.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../files/atomicWrite'

/** File name of the device id in the data folder. */
export const DEVICE_ID_FILE = 'device-id'
const VALID = /^[a-z0-9]{8,32}$/

/** Reads this data folder's device id, making (and saving) a new one the first time. */
export async function readOrCreateDeviceId(dataDir: string): Promise<string> {
  const file = join(dataDir, DEVICE_ID_FILE)
  const stored = await readFile(file, 'utf8').then(
    (text) => text.trim(),
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return ''
      throw error
    }
  )
  if (VALID.test(stored)) return stored
  // 12 hex digits: unguessable enough that two computers never draw the same one.
  const id = randomBytes(6).toString('hex')
  await mkdir(dataDir, { recursive: true })
  await writeFileAtomic(file, `${id}\n`)
  return id
}
