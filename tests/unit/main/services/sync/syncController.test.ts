import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMemorySecretStoreForTests } from '../../../../../src/main/services/sync/secretStore'
import { SyncController } from '../../../../../src/main/services/sync/syncController'
import { createMemoryStore } from '../../../../../src/main/store/keyValueStore'
import type { SyncStatus } from '../../../../../src/shared/ipc/syncTypes'
import { startGitHttpServer, type GitHttpServer } from '../../../../support/gitHttpServer'

let server: GitHttpServer
let scratch: string
let n = 0
beforeAll(async () => {
  server = await startGitHttpServer({ password: 'tok' })
  scratch = mkdtempSync(join(tmpdir(), 'sync-controller-'))
})
afterAll(async () => {
  await server.close()
  rmSync(scratch, { recursive: true, force: true })
})

function controller(url: string | null) {
  const dir = mkdtempSync(join(scratch, 'notebook-'))
  const statuses: SyncStatus[] = []
  const pulled: string[][] = []
  const store = createMemoryStore()
  const sync = new SyncController({
    store,
    secrets: createMemorySecretStoreForTests('tok'),
    notebookDir: () => dir,
    onStatus: (s) => statuses.push(s),
    onPulled: (paths) => void pulled.push(paths),
    device: 'laptop'
  })
  return { sync, dir, statuses, pulled, store, url }
}

describe('SyncController', () => {
  it('never runs two syncs at once: a request during a sync runs once after it', async () => {
    const name = `c${++n}`
    server.createRepo(name)
    const { sync, dir, statuses } = controller(null)
    await sync.configure({ remoteUrl: server.url(name) })
    writeFileSync(join(dir, 'gil.md'), 'one\n')
    const first = sync.syncNow()
    writeFileSync(join(dir, 'orm.md'), 'two\n')
    const second = sync.syncNow()
    const third = sync.syncNow()
    expect(third).toBe(second)
    const [a, b] = await Promise.all([first, second])
    expect(a.result).toBe('synced')
    expect(b.result).toBe('synced')
    // Phases come in runs that start with "committing" and end with a status that is not running.
    const trace = statuses.map((s) => (s.running ? (s.phase ?? 'start') : 'end'))
    let open = false
    for (const step of trace) {
      if (step === 'start') {
        expect(open).toBe(false)
        open = true
      } else if (step === 'end') open = false
    }
    expect(trace.filter((s) => s === 'start')).toHaveLength(2)
    expect(server.git(name, 'show', 'main:orm.md')).toBe('two\n')
  })

  it('shows only whether a token is set, never the token', async () => {
    const { sync } = controller(null)
    const status = await sync.setToken('ghp_supersecret')
    expect(status.tokenSet).toBe(true)
    expect(JSON.stringify(status)).not.toContain('supersecret')
    expect((await sync.clearToken()).tokenSet).toBe(false)
  })

  it('refuses an ssh remote with a sentence and keeps the old one', async () => {
    const { sync } = controller(null)
    await sync.configure({ remoteUrl: 'https://example.com/me/notes.git' })
    await expect(sync.configure({ remoteUrl: 'git@github.com:me/notes.git' })).rejects.toThrow(
      /^SSH remotes are not supported/
    )
    expect(sync.settings.remoteUrl).toBe('https://example.com/me/notes.git')
  })

  it('gives up on a hanging remote when quitting, with the work committed locally', async () => {
    const hanging: Server = createServer(() => undefined)
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve))
    const port = (hanging.address() as AddressInfo).port
    const { sync, dir } = controller(null)
    await sync.configure({ remoteUrl: `http://127.0.0.1:${port}/notes.git`, onQuit: true })
    writeFileSync(join(dir, 'gil.md'), 'typed just before quitting\n')
    const started = Date.now()
    expect(await sync.quit(300)).toBe(false)
    expect(Date.now() - started).toBeLessThan(3000)
    const log = spawnSync('git', ['log', '--format=%s'], { cwd: dir, encoding: 'utf8' })
    expect(log.stdout).toContain('1 answer')
    hanging.closeAllConnections()
    hanging.close()
  })

  it('reports a pull to onPulled and the result as one sentence', async () => {
    const name = `c${++n}`
    server.createRepo(name)
    const laptop = controller(null)
    const desktop = controller(null)
    for (const c of [laptop, desktop]) await c.sync.configure({ remoteUrl: server.url(name) })
    writeFileSync(join(laptop.dir, 'gil.md'), 'from the laptop\n')
    expect((await laptop.sync.syncNow()).message).toBe(
      'Synced: the remote was empty; your notebook is on it now.'
    )
    // The desktop's own first commit (its .gitignore) goes up; the laptop's answer comes down.
    const outcome = await desktop.sync.syncNow()
    expect(outcome.message).toBe('Synced: sent 1 change, received 1 file.')
    expect(desktop.pulled).toEqual([['gil.md']])
  })
})
