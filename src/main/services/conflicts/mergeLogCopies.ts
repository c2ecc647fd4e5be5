/**
 * A sync tool's conflict copy of a study log (`reviews/<device> (conflicted copy …).jsonl`) is
 * never shown to the user: logs are append-only, so the union of the two files is right. The
 * copy's lines that the original lacks go into THIS device's log (every line keeps its own
 * review or event id, so the replay counts it once wherever it sits) and the copy is removed.
 */
import { readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { findConflictCopies } from '../../../shared/domain/conflicts/conflictCopyNames'
import {
  isReviewRecord,
  isStateEvent,
  parseLog,
  reviewKey
} from '../../../shared/domain/study/studyLogLines'
import { createReviewLogWriter } from '../review/reviewLog'
import { logPathOf, REVIEWS_DIR, STATE_DIR } from '../studyLog/studyLogFiles'

const readText = (file: string) =>
  readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return ''
    throw error
  })

function keysOf(folder: string, text: string): { keys: string[]; lines: object[] } {
  if (folder === REVIEWS_DIR) {
    const { lines } = parseLog(text, isReviewRecord)
    return { keys: lines.map((l) => `r:${reviewKey(l)}`), lines }
  }
  const { lines } = parseLog(text, isStateEvent)
  return { keys: lines.map((l) => `e:${l.eid}`), lines }
}

/** Merges and removes every log conflict copy; returns how many copies were merged. */
export async function mergeLogCopies(notebookDir: string, deviceId: string): Promise<number> {
  let merged = 0
  for (const folder of [REVIEWS_DIR, STATE_DIR]) {
    const dir = join(notebookDir, folder)
    const names = await readdir(dir).catch(() => [] as string[])
    const copies = findConflictCopies(names).filter((c) => c.copy.endsWith('.jsonl'))
    if (copies.length === 0) continue
    const ownPath = logPathOf(notebookDir, folder, deviceId)
    const writer = createReviewLogWriter<object>(ownPath)
    for (const copy of copies) {
      const have = new Set([
        ...keysOf(folder, await readText(join(dir, copy.original))).keys,
        ...keysOf(folder, await readText(ownPath)).keys
      ])
      const theirs = keysOf(folder, await readText(join(dir, copy.copy)))
      for (let i = 0; i < theirs.lines.length; i++)
        if (!have.has(theirs.keys[i]!)) await writer.append(theirs.lines[i]!)
      // Only once every line is safely in a log (fsync'd) does the copy go.
      await unlink(join(dir, copy.copy))
      merged++
    }
  }
  return merged
}
