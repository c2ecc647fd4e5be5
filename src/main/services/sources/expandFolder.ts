/**
 * Finds the question documents inside a folder the user added. The walk is bounded (depth,
 * folders, documents) so that adding `/usr` or a home folder reads a sample with a clear
 * message instead of walking for minutes, and it yields to the event loop at every folder.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { IMPORT_EXTENSIONS, isImportable } from '../../../shared/domain/import/importers'

/** File extensions read as question documents: every format an importer reads. */
export const DOCUMENT_EXTENSIONS = IMPORT_EXTENSIONS

/** How far one folder source is read. */
export const FOLDER_LIMITS = { depth: 8, folders: 2000, documents: 2000 } as const

/** True for a path whose extension is a supported document type (case-insensitive). */
export function isDocumentPath(path: string): boolean {
  return isImportable(path)
}

// Hidden folders (.git, .obsidian), dependency trees and build output hold no notes of the
// user's own, and are where the huge folder counts come from.
const SKIPPED_DIRS = new Set([
  'node_modules',
  'bower_components',
  '__pycache__',
  'site-packages',
  'venv',
  'dist',
  'build',
  'target',
  'coverage'
])

/** True for a directory name the folder walk skips. */
export function isSkippedDir(name: string): boolean {
  return name.startsWith('.') || SKIPPED_DIRS.has(name)
}

export interface FolderScan {
  /** Absolute document paths, sorted by their path relative to the folder. */
  files: string[]
  /** Every folder read (the folder itself first): what a watcher of this source watches. */
  dirs: string[]
  /** Set when a limit cut the walk short: a sentence saying what was left out. */
  limited?: string
  /** Set when the scan was cancelled before it finished. */
  cancelled?: boolean
}

export interface ScanOptions {
  limits?: { depth: number; folders: number; documents: number }
  signal?: AbortSignal
  /** Called after each folder read, with how many have been read so far. */
  onFolder?: (foldersRead: number) => void
}

/**
 * Walks `folder` breadth first (so a limit keeps the shallowest folders), skipping hidden files
 * and folders, dependency and build folders, and not following symbolic links.
 * @throws the Node error when `folder` itself cannot be read.
 */
export async function scanFolder(folder: string, options: ScanOptions = {}): Promise<FolderScan> {
  const limits = options.limits ?? FOLDER_LIMITS
  const found: string[] = []
  const dirs: string[] = []
  let level: string[] = ['']
  let limited: string | undefined
  let cancelled = false
  for (let depth = 0; level.length > 0 && !limited && !cancelled; depth++) {
    const next: string[] = []
    for (const relative of level) {
      if (options.signal?.aborted) {
        cancelled = true
        break
      }
      if (dirs.length >= limits.folders) {
        limited = `this folder has more than ${count(limits.folders)} subfolders; only documents in the first ${count(limits.folders)} are read`
        break
      }
      const entries = await readdir(join(folder, relative), { withFileTypes: true }).catch(
        (error: unknown) => {
          // The folder itself must be readable; an unreadable subfolder is skipped.
          if (relative === '') throw error
          return []
        }
      )
      dirs.push(join(folder, relative))
      options.onFolder?.(dirs.length)
      for (const entry of entries) {
        const child = relative ? join(relative, entry.name) : entry.name
        if (entry.isDirectory()) {
          if (!isSkippedDir(entry.name)) next.push(child)
        } else if (entry.isFile() && !entry.name.startsWith('.') && isDocumentPath(entry.name)) {
          found.push(child)
        }
      }
      if (found.length > limits.documents) {
        limited = `this folder has more than ${count(limits.documents)} documents; only the first ${count(limits.documents)} are read`
        break
      }
    }
    if (!limited && next.length > 0 && depth + 1 > limits.depth)
      limited = `this folder is nested more than ${limits.depth} levels deep; deeper folders are not read`
    else level = next
  }
  const files = found
    .sort()
    .slice(0, limits.documents)
    .map((relative) => join(folder, relative))
  return { files, dirs, ...(limited ? { limited } : {}), ...(cancelled ? { cancelled } : {}) }
}

/** The documents of `folder` within the default limits (see scanFolder). */
export async function expandFolder(folder: string): Promise<string[]> {
  return (await scanFolder(folder)).files
}

function count(n: number): string {
  return n.toLocaleString('en-US')
}
