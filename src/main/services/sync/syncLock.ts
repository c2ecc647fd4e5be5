/**
 * One sync of a notebook folder at a time across processes (the app and a `notebook sync` cron
 * job): a lock file in `.git/` made with O_EXCL, holding the owner's pid. A lock whose process
 * is gone, or that is older than any sync takes, is stale and taken over.
 */
import { open, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { SyncError } from './syncError'

const STALE_MS = 10 * 60_000

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function isStale(file: string): Promise<boolean> {
  const [text, info] = await Promise.all([
    readFile(file, 'utf8').catch(() => ''),
    stat(file).catch(() => null)
  ])
  if (!info) return true
  const pid = Number.parseInt(text, 10)
  return Date.now() - info.mtimeMs > STALE_MS || !Number.isInteger(pid) || !alive(pid)
}

/** Takes the lock of the repository in `dir`; returns its release. Throws when another holds it. */
export async function acquireSyncLock(dir: string): Promise<() => Promise<void>> {
  const file = join(dir, '.git', 'study-notebook-sync.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      return () => rm(file, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      if (!(await isStale(file))) break
      await rm(file, { force: true })
    }
  }
  throw new SyncError(
    'busy',
    'Another sync of this notebook is running (the app or `notebook sync`). Try again in a minute.'
  )
}
