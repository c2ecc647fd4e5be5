/**
 * The three network steps of a sync over isomorphic-git's Node HTTP client: ask what the remote
 * has, fetch it, push. Every failure comes out as a SyncError sentence.
 */
import git from 'isomorphic-git'
import http from 'isomorphic-git/http/node'
import { BRANCH, REMOTE, type GitContext } from './gitContext'
import { explainRemoteError } from './syncError'

export interface RemoteTarget {
  url: string
  /** The server's name for messages ("github.com"). */
  host: string
  token: string | null
}

/** Progress of a network step, as isomorphic-git reports it. */
export type NetworkProgress = (step: string, loaded: number, total: number) => void

function auth(remote: RemoteTarget) {
  return {
    // Basic auth with the token as password: what GitHub, GitLab and Gitea all accept for https.
    onAuth: () =>
      remote.token ? { username: 'x-access-token', password: remote.token } : { cancel: true },
    // Asking again with the same token would loop; one refusal is the answer.
    onAuthFailure: () => ({ cancel: true })
  }
}

async function explained<T>(remote: RemoteTarget, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw explainRemoteError(error, remote.host, remote.token !== null)
  }
}

/** The remote's commit on main, or null for an empty repository (the first push). */
export async function remoteHead(remote: RemoteTarget): Promise<string | null> {
  const refs = await explained(remote, () =>
    git.listServerRefs({ http, url: remote.url, prefix: `refs/heads/${BRANCH}`, ...auth(remote) })
  )
  return refs.find((r) => r.ref === `refs/heads/${BRANCH}`)?.oid ?? null
}

/** Fetches main into `refs/remotes/origin/main`; returns the fetched commit. */
export async function fetchRemote(
  ctx: GitContext,
  remote: RemoteTarget,
  onProgress?: NetworkProgress
): Promise<string | null> {
  const result = await explained(remote, () =>
    git.fetch({
      fs: ctx.fs,
      http,
      dir: ctx.dir,
      remote: REMOTE,
      ref: BRANCH,
      singleBranch: true,
      tags: false,
      cache: ctx.cache,
      ...auth(remote),
      ...(onProgress ? { onProgress: (p) => onProgress(p.phase, p.loaded, p.total) } : {})
    })
  )
  return result.fetchHead
}

/** Pushes main; false when the remote moved meanwhile (fetch and merge again). */
export async function pushBranch(
  ctx: GitContext,
  remote: RemoteTarget,
  onProgress?: NetworkProgress
): Promise<boolean> {
  try {
    const result = await git.push({
      fs: ctx.fs,
      http,
      dir: ctx.dir,
      remote: REMOTE,
      ref: BRANCH,
      cache: ctx.cache,
      ...auth(remote),
      ...(onProgress ? { onProgress: (p) => onProgress(p.phase, p.loaded, p.total) } : {})
    })
    if (!result.ok) return false
    return true
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'PushRejectedError' || code === 'GitPushError') return false
    throw explainRemoteError(error, remote.host, remote.token !== null)
  }
}
