/**
 * The sync's own record of a merge under way, in `.git/` (never committed, never synced). A sync
 * that dies between writing the merge into the folder and moving the branch leaves it behind,
 * and the next sync finishes the job from it instead of committing a half-applied folder.
 */
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../files/atomicWrite'
import type { GitContext } from './gitContext'

export interface SyncJournal {
  /**
   * `applying`: the folder is being changed to `target` (a fast-forward or merge commit);
   * `conflict`: the folder holds the merge with conflict blocks in `conflicts`, and the branch
   * still points at `ours` until the user has chosen.
   */
  stage: 'applying' | 'conflict'
  ours: string
  theirs: string
  target: string
  conflicts: string[]
}

function journalFile(ctx: GitContext): string {
  return join(ctx.dir, '.git', 'study-notebook-sync.json')
}

/** The journal, or null when no merge is under way (or the file is unreadable). */
export async function readJournal(ctx: GitContext): Promise<SyncJournal | null> {
  const text = await readFile(journalFile(ctx), 'utf8').catch(() => null)
  if (!text) return null
  try {
    const value = JSON.parse(text) as SyncJournal
    const oid = /^[0-9a-f]{40}$/
    if (
      (value.stage === 'applying' || value.stage === 'conflict') &&
      [value.ours, value.theirs, value.target].every((o) => typeof o === 'string' && oid.test(o)) &&
      Array.isArray(value.conflicts)
    )
      return value
  } catch {
    // A torn journal (killed mid-write is prevented by the atomic write, but a hand edit is not).
  }
  return null
}

export async function writeJournal(ctx: GitContext, journal: SyncJournal): Promise<void> {
  await writeFileAtomic(journalFile(ctx), JSON.stringify(journal))
}

export async function clearJournal(ctx: GitContext): Promise<void> {
  await rm(journalFile(ctx), { force: true })
}
