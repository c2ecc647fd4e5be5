/** Writes one archive crash-safely: temp file, fsync, rename. */
import { randomBytes } from 'node:crypto'
import { rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { nodeWriteIo, type WriteIo } from '../export/writeIo'

/** Replaces (or creates) `path` with `data`; on failure the temp file is removed and `path` is untouched. */
export async function replaceFileAtomically(
  path: string,
  data: Uint8Array,
  io: WriteIo = nodeWriteIo
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await io.writeNewFile(temp, data)
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}
