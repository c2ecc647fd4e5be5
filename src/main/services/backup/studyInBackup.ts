/**
 * How many questions a restore brings study progress back for. Since study state moved into
 * the notebook folder, that is every question named in the archive's study logs
 * (`notebook/reviews/*.jsonl`, `notebook/study/*.jsonl`, which the restore writes back), plus,
 * for a backup from before the move, the config store's old `study` map and the data folder's
 * `reviews.jsonl` (the restore re-runs the migration over them).
 */
import { strFromU8 } from 'fflate'
import { isReviewRecord, isStateEvent, parseLog } from '../../../shared/domain/study/studyLogLines'
import { isTempFileName } from '../files/atomicWrite'
import { REVIEWS_DIR, STATE_DIR } from '../studyLog/studyLogFiles'
import { legacyStates } from '../studyLog/migrateLegacyStudy'
import type { BackupFiles } from './backupArchive'

// As the study log store reads a folder: its direct `.jsonl` files, no hidden or temp files.
function logFolderOf(path: string): string | null {
  const match = /^notebook\/([^/]+)\/([^/]+\.jsonl)$/.exec(path)
  if (!match || match[2]!.startsWith('.') || isTempFileName(match[2]!)) return null
  return match[1] === REVIEWS_DIR || match[1] === STATE_DIR ? match[1] : null
}

/** The number of distinct questions whose study state restoring `files` brings back. */
export function countStudyStates(
  files: BackupFiles,
  config: Record<string, unknown> | null
): number {
  const ids = new Set<string>()
  for (const [path, data] of files) {
    const folder = path === 'reviews.jsonl' ? REVIEWS_DIR : logFolderOf(path)
    if (!folder) continue
    const text = strFromU8(data)
    const lines =
      folder === REVIEWS_DIR
        ? parseLog(text, isReviewRecord).lines
        : parseLog(text, isStateEvent).lines
    for (const line of lines) ids.add(line.id)
  }
  for (const [id] of legacyStates(config?.['study'])) ids.add(id)
  return ids.size
}
