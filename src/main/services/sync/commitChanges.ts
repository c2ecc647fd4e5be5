/**
 * Stages everything that changed in the notebook folder (new, edited and deleted files) and
 * commits it with a message saying what the changes are ("3 answers, 12 reviews from laptop").
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import git from 'isomorphic-git'
import { describeChanges, type FileChange } from '../../../shared/domain/sync/describeChanges'
import { authorOf, BRANCH, headOid, type GitContext } from './gitContext'

// statusMatrix columns: [path, HEAD, WORKDIR, STAGE]; 0 absent, 1 same as HEAD, 2 changed.
type Row = [string, number, number, number]

async function countNewLines(ctx: GitContext, head: string | null, path: string): Promise<number> {
  const now = await readFile(join(ctx.dir, path), 'utf8').catch(() => '')
  let before = ''
  if (head) {
    const blob = await git
      .readBlob({ fs: ctx.fs, dir: ctx.dir, oid: head, filepath: path, cache: ctx.cache })
      .catch(() => null)
    if (blob) before = Buffer.from(blob.blob).toString('utf8')
  }
  const old = new Set(before.split('\n').filter((l) => l.trim()))
  return now.split('\n').filter((l) => l.trim() && !old.has(l)).length
}

/** Stages every change; returns what changed relative to the branch's last commit. */
export async function stageAll(ctx: GitContext): Promise<FileChange[]> {
  const head = await headOid(ctx)
  const rows = (await git.statusMatrix({ fs: ctx.fs, dir: ctx.dir, cache: ctx.cache })) as Row[]
  const changes: FileChange[] = []
  for (const [path, inHead, inWorkdir, inStage] of rows) {
    if (inHead === 1 && inWorkdir === 1 && inStage === 1) continue
    if (inWorkdir === 0) {
      if (inStage !== 0) await git.remove({ fs: ctx.fs, dir: ctx.dir, filepath: path })
    } else await git.add({ fs: ctx.fs, dir: ctx.dir, filepath: path, cache: ctx.cache })
    const kind =
      inHead === 0 && inWorkdir !== 0
        ? 'added'
        : inHead === 1 && inWorkdir === 0
          ? 'deleted'
          : inWorkdir === 2
            ? 'modified'
            : null
    if (!kind) continue
    const change: FileChange = { path, kind }
    if (path.endsWith('.jsonl') && kind !== 'deleted')
      change.newLines = await countNewLines(ctx, head, path)
    changes.push(change)
  }
  return changes
}

export interface CommitOptions {
  /** Parents for a merge commit (the branch and the commit merged in). */
  parents?: string[]
  /** Commit even without changes (finishing a merge whose result equals the branch). */
  always?: boolean
  /** Words before the counts, for a merge ("merged with the other computer"). */
  prefix?: string
}

/** Stages and commits the folder's changes; returns them ([] when nothing was committed). */
export async function commitChanges(
  ctx: GitContext,
  options: CommitOptions = {}
): Promise<FileChange[]> {
  const changes = await stageAll(ctx)
  if (!changes.length && !options.always) return []
  const message = describeChanges(changes, ctx.device)
  const author = authorOf(ctx)
  await git.commit({
    fs: ctx.fs,
    dir: ctx.dir,
    ref: `refs/heads/${BRANCH}`,
    message: options.prefix ? message.replace(': ', `: ${options.prefix}; `) : message,
    author,
    committer: author,
    ...(options.parents ? { parent: options.parents } : {}),
    cache: ctx.cache
  })
  return changes
}
