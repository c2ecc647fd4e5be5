/**
 * The one file-system primitive the export writer needs, injectable so tests can make it fail
 * the way a full disk does (ENOSPC half way through a file).
 */
import { open } from 'node:fs/promises'

export interface WriteIo {
  /**
   * Creates `path` (it must not exist), writes all of `data`, and flushes it to disk before
   * resolving. `onBytes` is told how many bytes each chunk added.
   */
  writeNewFile(path: string, data: Uint8Array, onBytes?: (bytes: number) => void): Promise<void>
}

// Big enough to be fast, small enough that progress moves during a large single-file export.
const CHUNK_BYTES = 1 << 20

/** The real thing: exclusive create, chunked writes, fsync, close. */
export const nodeWriteIo: WriteIo = {
  async writeNewFile(path, data, onBytes) {
    const handle = await open(path, 'wx')
    try {
      for (let at = 0; at < data.length;) {
        const { bytesWritten } = await handle.write(
          data,
          at,
          Math.min(CHUNK_BYTES, data.length - at)
        )
        at += bytesWritten
        onBytes?.(bytesWritten)
      }
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
}
