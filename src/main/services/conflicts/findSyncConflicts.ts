/**
 * Finds what sync tools left in the notebook folder: conflict copies beside a file, and answer
 * files with git conflict markers. Answers are re-read only when their size or mtime changed
 * since the last scan, so a scan after each change costs a listing and a stat per answer.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import {
  findConflictCopies,
  type ConflictTool
} from '../../../shared/domain/conflicts/conflictCopyNames'
import { hasConflictMarkers } from '../../../shared/domain/conflicts/conflictMarkers'
import type { SyncConflictKind } from '../../../shared/ipc/conflictTypes'
import { NOTE_FILE_PATTERN } from '../vault/noteFile'

/** One conflict as main keeps it: with the paths the renderer never sees. */
export interface FoundConflict {
  id: string
  kind: SyncConflictKind
  tool: string
  /** The file holding the other text (the copy), or the marked file itself. */
  file: string
  /** The file the copy belongs to (equal to `file` for markers). */
  original: string
  /** The answer's question id when `original` is an answer file. */
  noteId: string | null
}

const TOOL_NAMES: Record<ConflictTool, string> = {
  dropbox: 'Dropbox',
  nextcloud: 'Nextcloud / ownCloud',
  syncthing: 'Syncthing',
  'google-drive': 'Google Drive',
  icloud: 'iCloud Drive',
  'study-notebook': 'Study Notebook (an edit kept when the file changed under it)'
}

/** Largest file read for markers; bigger ones are not answers this app wrote. */
const MAX_MARKER_SCAN = 4 * 1024 * 1024

function conflictId(kind: string, file: string): string {
  return `c-${createHash('sha256').update(`${kind}\0${file}`).digest('hex').slice(0, 16)}`
}

/** Scans one notebook folder; keep the instance to reuse its per-file cache. */
export class SyncConflictScanner {
  private readonly marked = new Map<string, { stamp: string; marked: boolean }>()

  constructor(readonly dir: string) {}

  /** Every conflict in the folder now (top level; logs are merged, not listed). */
  async scan(): Promise<FoundConflict[]> {
    const entries = await readdir(this.dir, { withFileTypes: true }).catch(() => [])
    const names = entries.filter((e) => e.isFile()).map((e) => e.name)
    const found: FoundConflict[] = []
    for (const copy of findConflictCopies(names)) {
      // Log copies sit in reviews/ and study/ and are merged automatically; JSONL here is not ours.
      if (copy.copy.endsWith('.jsonl')) continue
      const file = join(this.dir, copy.copy)
      found.push({
        id: conflictId('copy', file),
        kind: 'copy',
        tool: TOOL_NAMES[copy.tool],
        file,
        original: join(this.dir, copy.original),
        noteId: NOTE_FILE_PATTERN.exec(copy.original)?.[1] ?? null
      })
    }
    const seen = new Set<string>()
    for (const name of names) {
      const noteId = NOTE_FILE_PATTERN.exec(name)?.[1]
      if (!noteId && name !== 'My questions.md') continue
      const file = join(this.dir, name)
      seen.add(file)
      if (await this.hasMarkers(file))
        found.push({
          id: conflictId('markers', file),
          kind: 'markers',
          tool: 'git merge',
          file,
          original: file,
          noteId: noteId ?? null
        })
    }
    for (const file of this.marked.keys()) if (!seen.has(file)) this.marked.delete(file)
    return found
  }

  private async hasMarkers(file: string): Promise<boolean> {
    const stats = await stat(file).catch(() => null)
    if (!stats?.isFile() || stats.size > MAX_MARKER_SCAN) return false
    const stamp = `${stats.size}:${stats.mtimeMs}`
    const known = this.marked.get(file)
    if (known?.stamp === stamp) return known.marked
    const text = await readFile(file, 'utf8').catch(() => '')
    const marked = text.includes('<<<<<<<') && hasConflictMarkers(text)
    this.marked.set(file, { stamp, marked })
    return marked
  }
}
