/**
 * Entry ids: readable (they name the note file on disk) and stable (derived only from the
 * normalised prompt, so a note stays attached when its source is edited, reordered or re-imported).
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/** Longest readable part of an id; the whole id stays within the contract's 80 characters. */
export const MAX_SLUG_LENGTH = 48
/** Hex digits of the hash in an id: 40 bits, so 50,000 entries collide with odds of ~1 in 1000. */
export const ID_HASH_LENGTH = 10

/**
 * Lower-case ASCII words joined by '-', cut at a word boundary within `max` characters;
 * `fallback` when the text has no letters or digits.
 */
export function slugify(text: string, max = MAX_SLUG_LENGTH, fallback = 'q'): string {
  // NFKD splits accents off letters (é → e + accent), so dropping the marks leaves ASCII.
  const ascii = !/[^\x20-\x7e]/.test(text)
  const words = (ascii ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > max) {
      // A single over-long first word is cut rather than dropped, so the slug names something.
      if (!slug) slug = word.slice(0, max)
      break
    }
    slug = next
  }
  return slug || fallback
}

/** Hex SHA-256 of the UTF-8 text, cut to `length` digits. */
export function hashHex(text: string, length = ID_HASH_LENGTH): string {
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, length)
}

/**
 * The id for a normalised prompt: `<slug>-<hash>`, matching `^[a-z0-9-]{1,80}$`.
 * `hashLength` is raised only to resolve the (astronomically rare) clash of two keys.
 */
export function stableId(key: string, hashLength = ID_HASH_LENGTH): string {
  return `${slugify(key)}-${hashHex(key, hashLength)}`
}
