import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startGitHttpServer, type GitHttpServer } from '../../support/gitHttpServer'
import { notebookCli } from '../../support/notebookCli'

const root = join(__dirname, '..', '..', '..')
let server: GitHttpServer
let scratch: string
beforeAll(async () => {
  server = await startGitHttpServer({ password: 'cron-token' })
  scratch = mkdtempSync(join(tmpdir(), 'cli-sync-'))
})
afterAll(async () => {
  await server.close()
  rmSync(scratch, { recursive: true, force: true })
})

// Asynchronous: the git server runs in this process and must keep answering.
function notebook(env: Record<string, string>, ...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const cli = notebookCli('sync', ...args)
    execFile(
      cli.command,
      cli.args,
      { cwd: root, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    )
  })
}

const ownLines = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .filter((l) => l && !l.startsWith('npm warn'))

describe('notebook sync', () => {
  it('syncs the configured notebook with the token from STUDY_NOTEBOOK_GIT_TOKEN', async () => {
    server.createRepo('cron')
    const dataDir = join(scratch, 'data')
    const notes = join(dataDir, 'notebook')
    mkdirSync(notes, { recursive: true })
    writeFileSync(join(notes, 'gil.md'), 'written on the laptop\n')
    writeFileSync(
      join(dataDir, 'config.json'),
      JSON.stringify({ sync: { remoteUrl: server.url('cron') } })
    )
    const env = { STUDY_NOTEBOOK_DATA: dataDir, STUDY_NOTEBOOK_GIT_TOKEN: 'cron-token' }
    const first = await notebook(env)
    expect(first.code).toBe(0)
    expect(ownLines(first.stdout)).toEqual([
      'Synced: the remote was empty; your notebook is on it now.'
    ])
    expect(server.git('cron', 'show', 'main:gil.md')).toBe('written on the laptop\n')
    // The config file is read, never rewritten.
    expect(JSON.parse(readFileSync(join(dataDir, 'config.json'), 'utf8'))).toEqual({
      sync: { remoteUrl: server.url('cron') }
    })

    const refused = await notebook({ ...env, STUDY_NOTEBOOK_GIT_TOKEN: 'wrong' })
    expect(refused.code).toBe(1)
    expect(ownLines(refused.stderr)).toEqual([
      'notebook: The remote refused the token. Check it in Settings → Sync.'
    ])
  })

  it('refuses an ssh remote in one line with exit code 2', async () => {
    const result = await notebook(
      { STUDY_NOTEBOOK_DATA: join(scratch, 'other') },
      '--remote',
      'git@github.com:me/notes.git'
    )
    expect(result.code).toBe(2)
    expect(ownLines(result.stderr)).toEqual([
      'notebook: sync: SSH remotes are not supported: use the https address of the repository (with a token).'
    ])
  })
})
