/** Reads one answer file: its body, or why it cannot be used, or null when missing. */
import { MAX_ANSWER_BYTES } from '../../../shared/answerLimits'
import { FileSkippedError, readRegularFile } from '../files/readRegularFile'
import { NoteFormatError, parseNoteFile, type ParsedNoteFile } from './noteFile'

export type ReadResult =
  | { body: string; meta: ParsedNoteFile['meta']; mtime: number }
  /** `raw` is '' when the file was not read at all (not a regular file, or too large). */
  | { error: string; raw: string; mtime: number }

/**
 * Reads `file` when it is a regular file within the answer size limit. A damaged front matter,
 * a folder, FIFO or link in its place, or an over-large file is returned as `error`.
 */
export async function readNote(file: string): Promise<ReadResult | null> {
  let raw: string
  let mtime: number
  try {
    const read = await readRegularFile(file, MAX_ANSWER_BYTES)
    if (read === null) return null
    raw = read.bytes.toString('utf8')
    mtime = read.mtimeMs
  } catch (error) {
    if (error instanceof FileSkippedError) return { error: error.reason, raw: '', mtime: 0 }
    // Permission lost, an I/O error: this one file is reported, the rest of the folder opens.
    return { error: ioReason(error), raw: '', mtime: 0 }
  }
  try {
    const { body, meta } = parseNoteFile(raw)
    return { body, meta, mtime }
  } catch (error) {
    if (error instanceof NoteFormatError) return { error: error.message, raw, mtime }
    throw error
  }
}

function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; check who owns the file'
  return `the system refused to read it (${code ?? (error instanceof Error ? error.message : String(error))})`
}
