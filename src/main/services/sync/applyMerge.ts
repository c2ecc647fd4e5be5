/**
 * Writes a merge (or fast-forward) into the notebook folder, guarded by the journal: the folder
 * is updated first, then the branch moves. With conflict blocks the branch stays put and the
 * journal records what the user must choose; the sync commits the merge once they have.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import git from 'isomorphic-git'
import { hasConflictMarkers } from '../../../shared/domain/conflicts/conflictMarkers'
import { BRANCH, type GitContext } from './gitContext'
import { SyncError } from './syncError'
import { clearJournal, writeJournal, type SyncJournal } from './syncJournal'

/**
 * Checks out `journal.target` into the folder without moving HEAD, then moves the branch (no
 * conflicts) or records the conflict. `recovering`: a sync died mid-way; the folder is forced to
 * the target (it already holds every local change, committed before the merge began).
 */
export async function applyMerge(
  ctx: GitContext,
  journal: SyncJournal,
  recovering = false
): Promise<void> {
  await writeJournal(ctx, { ...journal, stage: 'applying' })
  try {
    await git.checkout({
      fs: ctx.fs,
      dir: ctx.dir,
      ref: journal.target,
      noUpdateHead: true,
      force: recovering,
      cache: ctx.cache
    })
  } catch (error) {
    // Checkout refuses before writing anything when a file changed since the sync committed
    // (the user kept typing): nothing was applied, the next sync commits the edit and merges.
    if ((error as { code?: string }).code !== 'CheckoutConflictError') throw error
    await clearJournal(ctx)
    throw new SyncError(
      'busy',
      'A file changed while the sync was merging; nothing was lost. Sync again to finish.'
    )
  }
  if (journal.conflicts.length) {
    await writeJournal(ctx, { ...journal, stage: 'conflict' })
    return
  }
  await git.writeRef({
    fs: ctx.fs,
    dir: ctx.dir,
    ref: `refs/heads/${BRANCH}`,
    value: journal.target,
    force: true
  })
  await clearJournal(ctx)
}

/** The conflicted files that still hold a conflict block (the user has not chosen yet). */
export async function unresolvedConflicts(ctx: GitContext, files: string[]): Promise<string[]> {
  const open: string[] = []
  for (const file of files) {
    const text = await readFile(join(ctx.dir, file), 'utf8').catch(() => '')
    if (hasConflictMarkers(text)) open.push(file)
  }
  return open
}
