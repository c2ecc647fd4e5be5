/**
 * Reads a file only when it is a regular file of bounded size. Folders of the user's data hold
 * whatever the user (or a sync tool) put there: a directory named like a note, a FIFO that would
 * hang a plain read forever, a link, a 50 MB file. Each is refused with a reason instead.
 */
import { constants } from 'node:fs'
import { lstat, open } from 'node:fs/promises'
import type { Stats } from 'node:fs'

/** Why a file was not read; `reason` is a clause ("it is a folder, not a file"). */
export class FileSkippedError extends Error {
  constructor(
    readonly kind: 'not-regular' | 'too-large',
    readonly reason: string
  ) {
    super(reason)
    this.name = 'FileSkippedError'
  }
}

export interface RegularFile {
  bytes: Buffer
  mtimeMs: number
}

// O_NONBLOCK: should the file be swapped for a FIFO between lstat and open, open still returns.
// O_NOFOLLOW: nor is a link swapped in followed. Neither exists on Windows (0 there).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)

/**
 * The bytes of `file` when it is a regular file (by lstat, so links are not followed) of at most
 * `maxBytes`; null when it does not exist.
 * @throws FileSkippedError for anything else; other I/O errors as Node raised them.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<RegularFile | null> {
  const stats = await lstat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null
    throw error
  })
  if (!stats) return null
  refuseOdd(stats, maxBytes)
  const handle = await open(file, OPEN_FLAGS).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ELOOP') throw new FileSkippedError('not-regular', describe(stats))
    if (error.code === 'ENOENT') return null
    throw error
  })
  if (!handle) return null
  try {
    const opened = await handle.stat()
    refuseOdd(opened, maxBytes)
    // Read at most one byte past the limit: a file growing meanwhile is still refused, not loaded.
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1)
    let length = 0
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > maxBytes) throw new FileSkippedError('too-large', tooLarge(length, maxBytes))
    return { bytes: buffer.subarray(0, length), mtimeMs: opened.mtimeMs }
  } finally {
    await handle.close()
  }
}

function refuseOdd(stats: Stats, maxBytes: number): void {
  if (!stats.isFile()) throw new FileSkippedError('not-regular', describe(stats))
  if (stats.size > maxBytes) throw new FileSkippedError('too-large', tooLarge(stats.size, maxBytes))
}

function describe(stats: Stats): string {
  if (stats.isDirectory()) return 'it is a folder, not a file; rename or move it'
  if (stats.isSymbolicLink()) return 'it is a link, which is not followed; put the file itself here'
  if (stats.isFIFO()) return 'it is a pipe (FIFO), not a file; remove it'
  if (stats.isSocket()) return 'it is a socket, not a file; remove it'
  return 'it is a device, not a regular file; remove it'
}

function tooLarge(size: number, maxBytes: number): string {
  return `it is ${megabytes(size)}, more than the ${megabytes(maxBytes)} limit; shorten it in another editor`
}

/** "5 MB", "50.3 MB". */
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`
}
