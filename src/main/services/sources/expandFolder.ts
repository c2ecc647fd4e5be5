/** Finds the question documents inside a folder the user added. */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { IMPORT_EXTENSIONS, isImportable } from '../../../shared/domain/import/importers'

/** File extensions read as question documents: every format an importer reads. */
export const DOCUMENT_EXTENSIONS = IMPORT_EXTENSIONS

/** True for a path whose extension is a supported document type (case-insensitive). */
export function isDocumentPath(path: string): boolean {
  return isImportable(path)
}

// Hidden folders (.git, .obsidian) and dependency trees hold no notes of the user's own.
const SKIPPED_DIRS = new Set(['node_modules'])

/** True for a directory name the folder walk skips. */
export function isSkippedDir(name: string): boolean {
  return name.startsWith('.') || SKIPPED_DIRS.has(name)
}

/**
 * Every importable document (Markdown, text, CSV, Anki, notebook, web page, Word, PDF) under `folder`, recursively, as absolute paths sorted by their
 * path relative to the folder (so the order does not depend on the file system). Hidden files,
 * hidden folders and node_modules are skipped; symbolic links are not followed.
 */
export async function expandFolder(folder: string): Promise<string[]> {
  const found: string[] = []
  await walk(folder, '', found)
  return found.sort().map((relative) => join(folder, relative))
}

async function walk(root: string, relative: string, found: string[]): Promise<void> {
  const entries = await readdir(join(root, relative), { withFileTypes: true })
  for (const entry of entries) {
    const child = relative ? join(relative, entry.name) : entry.name
    if (entry.isDirectory()) {
      if (!isSkippedDir(entry.name)) await walk(root, child, found)
    } else if (entry.isFile() && !entry.name.startsWith('.') && isDocumentPath(entry.name)) {
      found.push(child)
    }
  }
}
