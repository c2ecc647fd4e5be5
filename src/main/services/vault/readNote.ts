/** Reads one answer file: its body, or why its front matter is damaged, or null when missing. */
import { readFile, stat } from 'node:fs/promises'
import { NoteFormatError, parseNoteFile } from './noteFile'

export type ReadResult =
  { body: string; mtime: number } | { error: string; raw: string; mtime: number }

/** Reads `file`; a damaged front matter is returned as `error` with the raw text. */
export async function readNote(file: string): Promise<ReadResult | null> {
  let raw: string
  let mtime: number
  try {
    raw = await readFile(file, 'utf8')
    mtime = (await stat(file)).mtimeMs
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    return { body: parseNoteFile(raw).body, mtime }
  } catch (error) {
    if (error instanceof NoteFormatError) return { error: error.message, raw, mtime }
    throw error
  }
}
