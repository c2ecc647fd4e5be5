/**
 * Recognises the conflict copies file-sync tools leave next to a file both computers changed.
 * File names in, copies out: no disk access here.
 *
 * - Dropbox: `name (conflicted copy 2024-05-01).md`, `name (Anna's conflicted copy 2024-05-01).md`
 * - Nextcloud / ownCloud: `name (conflicted copy 2024-05-01 101500).md`,
 *   `name (conflicted copy Anna 2024-05-01-10-15-00).md`
 * - Syncthing: `name.sync-conflict-20240501-101500-ABCDEF7.md`
 * - Google Drive: `name (1).md`, only when `name.md` exists
 * - iCloud: `name 2.md`, only when `name.md` exists
 * - this app: `name.conflict-1700000000000.md`, the editor's text kept when the file changed under it
 */

/** The sync tool that named a copy. */
export type ConflictTool =
  'dropbox' | 'nextcloud' | 'syncthing' | 'google-drive' | 'icloud' | 'study-notebook'

export interface ConflictCopy {
  /** The copy's file name (as given). */
  copy: string
  /** The file it is a copy of (as named in the same folder). */
  original: string
  tool: ConflictTool
}

// `(… conflicted copy …)` is Dropbox's and Nextcloud's wording; Nextcloud puts a time (and a
// user name) inside the brackets, Dropbox only a date after an optional owner.
const DROPBOX = /^(.+?) \((?:[^()]*'s )?conflicted copy \d{4}-\d{2}-\d{2}(?: \(\d+\))?\)(\.[^.]+)?$/
const NEXTCLOUD = /^(.+?) \(conflicted copy [^()]*\d{4}-\d{2}-\d{2}[^()]*\)(\.[^.]+)?$/
const SYNCTHING = /^(.+?)\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}(\.[^.]+)?$/
const GOOGLE_DRIVE = /^(.+?) \((\d{1,2})\)(\.[^.]+)?$/
const ICLOUD = /^(.+?) (\d{1,2})(\.[^.]+)?$/
const OWN = /^([a-z0-9-]{1,80})\.conflict-\d{10,}(\.md)$/

function match(name: string, pattern: RegExp, extGroup: number): { original: string } | null {
  const m = pattern.exec(name)
  if (!m) return null
  return { original: `${m[1]}${m[extGroup] ?? ''}` }
}

/**
 * The conflict copies among `names` (one folder's file names). Names that only look like a
 * copy (`notes 2.md`, `plan (1).md`) count only when the file they would copy is there too.
 */
export function findConflictCopies(names: readonly string[]): ConflictCopy[] {
  const present = new Set(names)
  const copies: ConflictCopy[] = []
  for (const name of names) {
    const dropbox = match(name, DROPBOX, 2)
    if (dropbox) {
      copies.push({ copy: name, original: dropbox.original, tool: 'dropbox' })
      continue
    }
    const nextcloud = match(name, NEXTCLOUD, 2)
    if (nextcloud) {
      copies.push({ copy: name, original: nextcloud.original, tool: 'nextcloud' })
      continue
    }
    const own = match(name, OWN, 2)
    if (own) {
      copies.push({ copy: name, original: own.original, tool: 'study-notebook' })
      continue
    }
    const syncthing = match(name, SYNCTHING, 2)
    if (syncthing) {
      copies.push({ copy: name, original: syncthing.original, tool: 'syncthing' })
      continue
    }
    const drive = match(name, GOOGLE_DRIVE, 3)
    if (drive && present.has(drive.original)) {
      copies.push({ copy: name, original: drive.original, tool: 'google-drive' })
      continue
    }
    const icloud = match(name, ICLOUD, 3)
    if (icloud && present.has(icloud.original))
      copies.push({ copy: name, original: icloud.original, tool: 'icloud' })
  }
  return copies.sort((a, b) => (a.copy < b.copy ? -1 : a.copy > b.copy ? 1 : 0))
}
