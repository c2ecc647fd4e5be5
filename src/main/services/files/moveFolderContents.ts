/**
 * Moves everything inside one folder into another: copy, verify, and only then remove. A failure
 * before the copies are verified removes the copies and leaves the old folder as it was; a file
 * of the same name in the target is never overwritten (the moved one is kept under a new name).
 */
import { extname, join, posix } from 'node:path'
import { nodeFolderIo, type FolderIo } from './folderIo'

/** A file that met a file of the same name in the target and was kept beside it. */
export interface KeptBoth {
  /** The path inside the folder, with `/` separators. */
  file: string
  /** The name the moved copy was given. */
  keptAs: string
}

/** The copies made and checked, ready for `finish` to remove the originals. */
export interface CopiedFolder {
  from: string
  to: string
  /** Relative paths (source → target) of every copied file. */
  copies: Array<{ file: string; target: string }>
  keptBoth: KeptBoth[]
  /** Things that are neither files nor folders (links, sockets): not moved, left in place. */
  skipped: string[]
}

/** Thrown when the copy could not be completed; the old folder is untouched. */
export class FolderMoveError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FolderMoveError'
  }
}

/** Every regular file under `dir` (relative, `/`-separated), plus what was not a file. */
export async function listFolder(
  dir: string,
  io: FolderIo = nodeFolderIo
): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = []
  const skipped: string[] = []
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await io.list(rel ? join(dir, ...rel.split('/')) : dir)) {
      const path = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.kind === 'dir') await walk(path)
      else if (entry.kind === 'file') files.push(path)
      else skipped.push(path)
    }
  }
  await walk('')
  return { files: files.sort(), skipped }
}

// "notes.md" → "notes (moved).md", then "notes (moved 2).md", …
async function freeName(to: string, file: string, io: FolderIo): Promise<string> {
  const dir = posix.dirname(file)
  const ext = extname(file)
  const stem = posix.basename(file, ext)
  for (let n = 1; ; n++) {
    const name = `${stem} (moved${n === 1 ? '' : ` ${n}`})${ext}`
    const candidate = dir === '.' ? name : `${dir}/${name}`
    if (!(await io.exists(join(to, ...candidate.split('/'))))) return candidate
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Copies every file of `from` into `to` and reads each copy back. Throws FolderMoveError (after
 * removing the copies it made) when any copy fails or differs; nothing in `from` changes.
 */
export async function copyFolderContents(
  from: string,
  to: string,
  io: FolderIo = nodeFolderIo
): Promise<CopiedFolder> {
  const { files, skipped } = await listFolder(from, io)
  const copies: CopiedFolder['copies'] = []
  const keptBoth: KeptBoth[] = []
  const abs = (root: string, rel: string): string => join(root, ...rel.split('/'))
  try {
    await io.mkdir(to)
    for (const file of files) {
      let target = file
      if (await io.exists(abs(to, file))) {
        target = await freeName(to, file, io)
        keptBoth.push({ file, keptAs: target })
      }
      await io.mkdir(abs(to, posix.dirname(target)))
      await io.copyNew(abs(from, file), abs(to, target))
      copies.push({ file, target })
    }
    for (const { file, target } of copies) {
      const [original, copy] = await Promise.all([
        io.read(abs(from, file)),
        io.read(abs(to, target))
      ])
      if (!sameBytes(original, copy))
        throw new Error(`the copy of ${file} differs from the original`)
    }
  } catch (error) {
    // Only the copies this move made are removed; whatever the target held stays.
    for (const { target } of copies) await io.unlink(abs(to, target)).catch(() => undefined)
    throw new FolderMoveError(
      `Nothing was moved: copying to ${to} failed (${reason(error)}). Every file is still in ${from}.`
    )
  }
  return { from, to, copies, keptBoth, skipped }
}

/**
 * Removes the originals of a verified copy, each only while it still equals its copy (one
 * changed since is copied again first), then the folders left empty. Returns the files that
 * could not be removed (they stay in the old folder; their copies are in the new one).
 */
export async function removeMovedOriginals(
  copied: CopiedFolder,
  io: FolderIo = nodeFolderIo
): Promise<string[]> {
  const abs = (root: string, rel: string): string => join(root, ...rel.split('/'))
  const left: string[] = []
  const dirs = new Set<string>()
  for (const { file, target } of copied.copies) {
    try {
      const original = await io.read(abs(copied.from, file))
      if (!sameBytes(original, await io.read(abs(copied.to, target)))) {
        // Saved between the copy and the switch: our own copy is replaced by the newer text.
        await io.unlink(abs(copied.to, target))
        await io.copyNew(abs(copied.from, file), abs(copied.to, target))
        if (!sameBytes(original, await io.read(abs(copied.to, target)))) {
          left.push(file)
          continue
        }
      }
      await io.unlink(abs(copied.from, file))
      for (let d = posix.dirname(file); d !== '.'; d = posix.dirname(d)) dirs.add(d)
    } catch {
      left.push(file)
    }
  }
  // Deepest first; a folder still holding something (a skipped link, a file left) stays.
  for (const dir of [...dirs].sort((a, b) => b.split('/').length - a.split('/').length))
    await io.rmdir(abs(copied.from, dir)).catch(() => undefined)
  return left
}
