/**
 * The file operations moving a folder needs, as a port: the real one is `node:fs/promises`;
 * tests swap in one that fails half-way (a full disk, a bad write) to prove nothing is lost.
 */
import { constants } from 'node:fs'
import { copyFile, lstat, mkdir, readdir, readFile, rmdir, unlink } from 'node:fs/promises'

export interface FolderIo {
  /** Names in a folder, with whether each is a folder, a regular file, or something else. */
  list(dir: string): Promise<Array<{ name: string; kind: 'dir' | 'file' | 'other' }>>
  /** True when something (of any kind) exists at `path`. */
  exists(path: string): Promise<boolean>
  mkdir(dir: string): Promise<void>
  /** Copies a file; never overwrites (fails when `to` exists). */
  copyNew(from: string, to: string): Promise<void>
  read(path: string): Promise<Uint8Array>
  unlink(path: string): Promise<void>
  /** Removes an empty folder (fails when it is not empty). */
  rmdir(dir: string): Promise<void>
}

/** The real file system. */
export const nodeFolderIo: FolderIo = {
  async list(dir) {
    const entries = await readdir(dir, { withFileTypes: true })
    return entries.map((e) => ({
      name: e.name,
      kind: e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other'
    }))
  },
  async exists(path) {
    try {
      await lstat(path)
      return true
    } catch {
      return false
    }
  },
  async mkdir(dir) {
    await mkdir(dir, { recursive: true })
  },
  copyNew: (from, to) => copyFile(from, to, constants.COPYFILE_EXCL),
  read: (path) => readFile(path),
  unlink: (path) => unlink(path),
  rmdir: (dir) => rmdir(dir)
}
