/**
 * Turns the notebook folder into a git repository the first time it is synced: `git init` on
 * branch main and a `.gitignore` for OS junk and sync-tool temp files. A folder that already is
 * a repository is left as it is (its own .gitignore too).
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import git from 'isomorphic-git'
import { BRANCH, REMOTE, type GitContext } from './gitContext'
import { NOTEBOOK_GITIGNORE } from './gitignore'

/** True when the folder holds a `.git` of its own. */
export async function isRepository(ctx: GitContext): Promise<boolean> {
  // Not findRoot: a notebook folder inside some other repository must get its own.
  return ctx.fs.existsSync(join(ctx.dir, '.git', 'HEAD'))
}

/** Initialises the repository when needed; returns true when it was created now. */
export async function ensureRepository(ctx: GitContext): Promise<boolean> {
  if (await isRepository(ctx)) return false
  await git.init({ fs: ctx.fs, dir: ctx.dir, defaultBranch: BRANCH })
  // 'wx': a .gitignore the user already keeps in the folder is theirs.
  await writeFile(join(ctx.dir, '.gitignore'), NOTEBOOK_GITIGNORE, { flag: 'wx' }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    }
  )
  return true
}

/** Points `origin` at `url` (replacing an earlier address). */
export async function setRemote(ctx: GitContext, url: string): Promise<void> {
  const current = await git
    .getConfig({ fs: ctx.fs, dir: ctx.dir, path: `remote.${REMOTE}.url` })
    .catch(() => undefined)
  if (current === url) return
  await git.addRemote({ fs: ctx.fs, dir: ctx.dir, remote: REMOTE, url, force: true })
}
