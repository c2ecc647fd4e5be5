/**
 * Reading named entries out of a zip (Anki packages, Word files) with fflate, by exact name
 * only — a `../` entry name is never a path here, nothing is written — and never inflating
 * more than a limit: the declared size is checked before any byte is inflated.
 */

import { unzipSync } from 'fflate'
import { DocumentError } from '../errors'

/** Whether the bytes start like a zip archive (local file header `PK\x03\x04`). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  )
}

/**
 * The entries among `names` that the archive holds, inflated. An entry that declares more than
 * `maxBytes` is refused with a clear error before inflating it.
 */
export function readZipEntries(
  bytes: Uint8Array,
  names: readonly string[],
  file: string,
  maxBytes: number
): Map<string, Uint8Array> {
  let tooLarge: string | null = null
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (!names.includes(entry.name)) return false
        if (entry.originalSize > maxBytes) {
          tooLarge = entry.name
          return false
        }
        return true
      }
    })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new DocumentError('unreadable', file, `${file}: the archive is damaged (${detail})`)
  }
  if (tooLarge !== null) {
    throw new DocumentError(
      'too-large',
      file,
      `${file}: ${tooLarge} inside the archive is larger than ${Math.round(maxBytes / 1048576)} MB`
    )
  }
  return new Map(Object.entries(entries))
}
