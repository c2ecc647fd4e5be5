/**
 * One sync of the notebook folder: commit local changes → fetch → merge → push. Finishes a merge
 * a killed sync left half-applied first, and commits nothing on top of files that still hold
 * conflict blocks. Throws SyncError sentences; returns what happened.
 */
import type { SyncPhase } from '../../../shared/ipc/syncTypes'
import { applyMerge, unresolvedConflicts } from './applyMerge'
import { commitChanges } from './commitChanges'
import { ensureRepository, setRemote } from './ensureRepository'
import { gitContext, headOid, type GitContext } from './gitContext'
import { changedPaths, mergeCommits } from './mergeCommits'
import { fetchRemote, pushBranch, remoteHead, type RemoteTarget } from './remoteOps'
import { clearJournal, readJournal } from './syncJournal'
import { acquireSyncLock } from './syncLock'

export interface SyncRequest {
  /** The notebook folder. */
  dir: string
  /** Where to push; null: commit locally only. */
  remote: RemoteTarget | null
  /** This computer's name (commit messages). */
  device: string
  onPhase?: (phase: SyncPhase) => void
  /** Tests only: the file system git writes through (to kill a sync at a chosen write). */
  fs?: GitContext['fs']
}

export interface SyncRun {
  /** Local changes committed (paths). */
  committed: string[]
  /** Paths the pull changed in the folder (to reload). */
  pulled: string[]
  /** Files waiting for the user's choice. */
  conflicts: string[]
  pushed: boolean
  /** The remote had no commits yet: this sync made its first push. */
  firstPush: boolean
}

// A remote that keeps moving between our fetch and push (another computer syncing at the same
// moment) gets a few tries, then the next sync.
const PUSH_TRIES = 3

async function recover(ctx: GitContext, pulled: string[]): Promise<string[] | null> {
  const journal = await readJournal(ctx)
  if (!journal) return null
  if (journal.stage === 'applying') {
    for (const path of await changedPaths(ctx, journal.ours, journal.target)) pulled.push(path)
    await applyMerge(ctx, journal, true)
    if (!journal.conflicts.length) return null
  }
  const open = await unresolvedConflicts(ctx, journal.conflicts)
  if (open.length) return open
  // Chosen: the merge commit has both parents, and carries the choices with it.
  await commitChanges(ctx, {
    parents: [journal.ours, journal.theirs],
    always: true,
    prefix: 'merged with the other computer'
  })
  await clearJournal(ctx)
  return null
}

/** Runs one sync; see the module comment. */
export async function runSync(request: SyncRequest): Promise<SyncRun> {
  const ctx = gitContext(request.dir, request.device, request.fs)
  const run: SyncRun = { committed: [], pulled: [], conflicts: [], pushed: false, firstPush: false }
  await ensureRepository(ctx)
  const release = await acquireSyncLock(ctx.dir)
  try {
    return await syncLocked(ctx, request, run)
  } finally {
    await release()
  }
}

async function syncLocked(ctx: GitContext, request: SyncRequest, run: SyncRun): Promise<SyncRun> {
  const phase = (p: SyncPhase) => request.onPhase?.(p)
  phase('committing')
  const open = await recover(ctx, run.pulled)
  if (open) return { ...run, conflicts: open }
  run.committed = (await commitChanges(ctx)).map((c) => c.path)
  const remote = request.remote
  if (!remote) return run
  await setRemote(ctx, remote.url)
  for (let attempt = 0; attempt < PUSH_TRIES; attempt++) {
    phase('fetching')
    const theirs = (await remoteHead(remote)) ? await fetchRemote(ctx, remote) : null
    const ours = await headOid(ctx)
    if (theirs && ours) {
      phase('merging')
      const plan = await mergeCommits(
        ctx,
        ours,
        theirs,
        `Study Notebook: merged with the other computer on ${ctx.device}`
      )
      if (plan.kind !== 'up-to-date') {
        const conflicts = plan.kind === 'merge' ? plan.conflicts : []
        for (const path of await changedPaths(ctx, ours, plan.target)) run.pulled.push(path)
        await applyMerge(ctx, { stage: 'applying', ours, theirs, target: plan.target, conflicts })
        if (conflicts.length) return { ...run, conflicts }
      }
    } else if (theirs && !ours) {
      // A new, empty notebook folder: take the remote's history as it is.
      for (const path of await changedPaths(ctx, null, theirs)) run.pulled.push(path)
      await applyMerge(ctx, {
        stage: 'applying',
        ours: theirs,
        theirs,
        target: theirs,
        conflicts: []
      })
    }
    const head = await headOid(ctx)
    if (!head || head === theirs) return run
    phase('pushing')
    if (await pushBranch(ctx, remote)) {
      run.pushed = true
      run.firstPush = theirs === null
      return run
    }
  }
  return run
}
