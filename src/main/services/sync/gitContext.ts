/**
 * What every git step of a sync shares: the folder, the file system isomorphic-git uses, the
 * author of its commits. One place, so each step module stays small.
 */
import * as fs from 'node:fs'
import git from 'isomorphic-git'

/** The branch every notebook repository syncs. */
export const BRANCH = 'main'
export const REMOTE = 'origin'

export interface GitContext {
  fs: typeof fs
  dir: string
  /** This computer's name, in commit messages and as the commits' author. */
  device: string
  /** An isomorphic-git cache shared by the steps of one sync (packfile indexes, trees). */
  cache: object
}

/** The context for one sync of `dir`; `fsImpl` replaces node:fs for fault-injection tests. */
export function gitContext(dir: string, device: string, fsImpl: typeof fs = fs): GitContext {
  return { fs: fsImpl, dir, device, cache: {} }
}

/** The author (and committer) of the sync's commits. */
export function authorOf(ctx: GitContext): { name: string; email: string } {
  return { name: `Study Notebook (${ctx.device})`, email: 'study-notebook@localhost' }
}

/** The commit the branch points at, or null in a repository without commits. */
export async function headOid(ctx: GitContext): Promise<string | null> {
  try {
    return await git.resolveRef({ fs: ctx.fs, dir: ctx.dir, ref: `refs/heads/${BRANCH}` })
  } catch {
    return null
  }
}
