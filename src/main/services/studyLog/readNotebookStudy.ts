/**
 * The study state of a notebook folder, read once without a running app (the command line's
 * export and search): the replay of every device's logs.
 */
import { replayStudyLogs } from '../../../shared/domain/study/replayStudyLogs'
import type { StudyState } from '../../../shared/study'
import { readLogs, stampLogs } from './studyLogFiles'

/** State per question from the folder's logs; null when it has none (not migrated yet). */
export async function readNotebookStudy(
  notebookDir: string
): Promise<Map<string, StudyState> | null> {
  const stamps = await stampLogs(notebookDir)
  if (Object.keys(stamps).length === 0) return null
  return replayStudyLogs(await readLogs(notebookDir, stamps)).states
}
