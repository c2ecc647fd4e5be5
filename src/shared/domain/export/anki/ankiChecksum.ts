/** The numbers Anki derives from text: a note's field checksum and our stable deck ids. */
import { sha1 } from '@noble/hashes/legacy.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/**
 * Anki's `csum`: the first 8 hex digits of the SHA-1 of the note's first field with HTML
 * stripped, as an integer (Anki finds duplicates by it).
 */
export function fieldChecksum(strippedField: string): number {
  return Number.parseInt(bytesToHex(sha1(utf8ToBytes(strippedField))).slice(0, 8), 16)
}

/**
 * A stable id for `name` in the range Anki's millisecond ids use, so exporting the same scope
 * again targets the same deck instead of making a new one on every import.
 */
export function stableAnkiId(name: string): number {
  const hash = Number.parseInt(bytesToHex(sha1(utf8ToBytes(name))).slice(0, 10), 16)
  // 1.1e12 .. 2.2e12: past Anki's built-in ids (1), below 2^53, looks like an Anki id.
  return 1_100_000_000_000 + (hash % 1_100_000_000_000)
}
