import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runSync, type SyncRequest } from '../../../../../src/main/services/sync/runSync'
import { SyncError } from '../../../../../src/main/services/sync/syncError'
import { startGitHttpServer, type GitHttpServer } from '../../../../support/gitHttpServer'

const TOKEN = 'secret-token'
let server: GitHttpServer
let scratch: string
let repoCount = 0

beforeAll(async () => {
  server = await startGitHttpServer({ password: TOKEN })
  scratch = mkdtempSync(join(tmpdir(), 'sync-test-'))
})
afterAll(async () => {
  await server.close()
  rmSync(scratch, { recursive: true, force: true })
})
afterEach(async () => {
  await server.start().catch(() => undefined)
})

/** A fresh bare repo on the server and two empty notebook folders ("laptop", "desktop"). */
function setup() {
  const name = `notes${++repoCount}`
  server.createRepo(name)
  const laptop = join(scratch, `${name}-laptop`)
  const desktop = join(scratch, `${name}-desktop`)
  mkdirSync(laptop)
  mkdirSync(desktop)
  const remote = { url: server.url(name), host: '127.0.0.1', token: TOKEN }
  const sync = (dir: string, device: string, extra: Partial<SyncRequest> = {}) =>
    runSync({ dir, device, remote, ...extra })
  return { name, laptop, desktop, remote, sync }
}

const write = (dir: string, file: string, text: string) => {
  mkdirSync(join(dir, file, '..'), { recursive: true })
  writeFileSync(join(dir, file), text)
}
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8')
const review = (id: string, at: number) =>
  JSON.stringify({ v: 1, id, grade: 3, at, due: at + 86_400_000 })

describe('git sync through a real git server', () => {
  it('pushes to an empty remote first, then each computer sees the other one’s work', async () => {
    const { name, laptop, desktop, sync } = setup()
    write(laptop, 'gil.md', 'The GIL lets one thread run Python bytecode at a time.\n')
    write(laptop, 'reviews/laptop1.jsonl', `${review('gil', 1000)}\n`)
    const first = await sync(laptop, 'laptop')
    expect(first.pushed).toBe(true)
    expect(first.firstPush).toBe(true)
    expect(first.committed.sort()).toEqual(['.gitignore', 'gil.md', 'reviews/laptop1.jsonl'])
    expect(server.git(name, 'log', '-1', '--format=%s', 'main').trim()).toBe(
      'Study Notebook: 1 answer, 1 review, 1 other file from laptop'
    )

    write(desktop, 'orm.md', 'select_related joins, prefetch_related runs a second query.\n')
    write(desktop, 'reviews/desktop1.jsonl', `${review('orm', 2000)}\n${review('gil', 3000)}\n`)
    const second = await sync(desktop, 'desktop')
    expect(second.pushed).toBe(true)
    expect(second.pulled).toContain('gil.md')
    expect(read(desktop, 'gil.md')).toContain('one thread')

    const third = await sync(laptop, 'laptop')
    expect(third.pulled.sort()).toEqual(['orm.md', 'reviews/desktop1.jsonl'])
    expect(read(laptop, 'orm.md')).toContain('prefetch_related')
    expect(read(laptop, 'reviews/desktop1.jsonl').trim().split('\n')).toHaveLength(2)
    // Nothing left to do: a sync now changes nothing and pushes nothing.
    const idle = await sync(laptop, 'laptop')
    expect(idle).toMatchObject({ committed: [], pulled: [], pushed: false })
  })

  it('writes conflict blocks for the same answer edited on both, loses no text, then finishes the merge', async () => {
    const { name, laptop, desktop, sync } = setup()
    write(laptop, 'gil.md', 'Line one.\nThe GIL is a lock.\nLine three.\n')
    await sync(laptop, 'laptop')
    await sync(desktop, 'desktop')
    write(laptop, 'gil.md', 'Line one.\nThe GIL is a mutex in CPython.\nLine three.\n')
    write(desktop, 'gil.md', 'Line one.\nThe GIL serialises bytecode.\nLine three.\n')
    await sync(laptop, 'laptop')
    const clash = await sync(desktop, 'desktop')
    expect(clash.conflicts).toEqual(['gil.md'])
    expect(clash.pushed).toBe(false)
    const marked = read(desktop, 'gil.md')
    expect(marked).toMatch(
      /^<{7} .*\nThe GIL serialises bytecode\.\n={7}\nThe GIL is a mutex in CPython\.\n>{7} /m
    )
    // Nothing broken was committed: the branch still has the desktop's own text.
    const log = spawnSync('git', ['show', 'main:gil.md'], { cwd: desktop, encoding: 'utf8' })
    expect(log.stdout).toContain('serialises')
    expect(log.stdout).not.toContain('<<<<<<<')
    // Until the user chooses, every sync says so and changes nothing.
    expect((await sync(desktop, 'desktop')).conflicts).toEqual(['gil.md'])

    write(
      desktop,
      'gil.md',
      'Line one.\nThe GIL is a mutex that serialises bytecode.\nLine three.\n'
    )
    const done = await sync(desktop, 'desktop')
    expect(done).toMatchObject({ conflicts: [], pushed: true })
    const parents = server.git(name, 'log', '-1', '--format=%p', 'main').trim().split(' ')
    expect(parents).toHaveLength(2)
    await sync(laptop, 'laptop')
    expect(read(laptop, 'gil.md')).toContain('mutex that serialises')
  })

  it('merges review logs written on both computers as the union of their lines', async () => {
    const { laptop, desktop, sync } = setup()
    write(laptop, 'reviews/shared.jsonl', `${review('a', 1000)}\n`)
    await sync(laptop, 'laptop')
    await sync(desktop, 'desktop')
    write(laptop, 'reviews/shared.jsonl', `${review('a', 1000)}\n${review('b', 3000)}\n`)
    write(desktop, 'reviews/shared.jsonl', `${review('a', 1000)}\n${review('c', 2000)}\n`)
    await sync(laptop, 'laptop')
    const merged = await sync(desktop, 'desktop')
    expect(merged.conflicts).toEqual([])
    expect(merged.pushed).toBe(true)
    const lines = read(desktop, 'reviews/shared.jsonl').trim().split('\n')
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'c', 'b'])
    await sync(laptop, 'laptop')
    expect(read(laptop, 'reviews/shared.jsonl')).toBe(read(desktop, 'reviews/shared.jsonl'))
  })

  it('says the remote refused a wrong token', async () => {
    const { laptop, remote } = setup()
    write(laptop, 'gil.md', 'text\n')
    const error = await runSync({
      dir: laptop,
      device: 'laptop',
      remote: { ...remote, token: 'wrong' }
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SyncError)
    expect((error as SyncError).message).toBe(
      'The remote refused the token. Check it in Settings → Sync.'
    )
    // The work is committed locally all the same.
    const head = spawnSync('git', ['log', '--format=%s'], { cwd: laptop, encoding: 'utf8' })
    expect(head.stdout).toContain('1 answer')
  })

  it('keeps the commit when the server is unreachable and pushes it next time', async () => {
    const { name, laptop, sync } = setup()
    write(laptop, 'gil.md', 'first\n')
    await sync(laptop, 'laptop')
    write(laptop, 'gil.md', 'first\nsecond\n')
    await server.stop()
    const error = (await sync(laptop, 'laptop').catch((e: unknown) => e)) as SyncError
    expect(error.kind).toBe('offline')
    expect(error.message).toBe(
      'Could not reach 127.0.0.1. Your changes are committed locally and will be pushed next time.'
    )
    await server.start()
    const next = await sync(laptop, 'laptop')
    expect(next.pushed).toBe(true)
    expect(server.git(name, 'show', 'main:gil.md')).toBe('first\nsecond\n')
  })

  it('finishes a merge a killed sync left half-applied', async () => {
    const { laptop, desktop, sync } = setup()
    write(laptop, 'a.md', 'a\n')
    write(laptop, 'old.md', 'to be deleted\n')
    await sync(laptop, 'laptop')
    await sync(desktop, 'desktop')
    write(laptop, 'b.md', 'b from laptop\n')
    rmSync(join(laptop, 'old.md'))
    await sync(laptop, 'laptop')
    write(desktop, 'c.md', 'c from desktop\n')
    // The desktop's sync dies when it moves the branch, after writing the merge into the folder.
    const journal = join(desktop, '.git', 'study-notebook-sync.json')
    const branchFile = join(desktop, '.git', 'refs', 'heads', 'main')
    const promises = new Proxy(fs.promises, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown
        if (key !== 'writeFile') return value
        return async (file: string, ...rest: unknown[]) => {
          if (String(file) === branchFile && existsSync(journal)) throw new Error('killed')
          return (target.writeFile as (...a: unknown[]) => Promise<void>)(file, ...rest)
        }
      }
    })
    const dying = await sync(desktop, 'desktop', { fs: { ...fs, promises } }).catch(
      (e: unknown) => e
    )
    expect((dying as Error).message).toBe('killed')
    expect(existsSync(journal)).toBe(true)
    const git = (...args: string[]) =>
      spawnSync('git', args, { cwd: desktop, encoding: 'utf8' }).stdout.trim()
    const before = git('rev-parse', 'main')

    const recovered = await sync(desktop, 'desktop')
    expect(recovered.conflicts).toEqual([])
    expect(recovered.pushed).toBe(true)
    expect(existsSync(journal)).toBe(false)
    expect(read(desktop, 'b.md')).toBe('b from laptop\n')
    expect(read(desktop, 'c.md')).toBe('c from desktop\n')
    expect(existsSync(join(desktop, 'old.md'))).toBe(false)
    // The branch moved to the merge the dead sync made: no stray commit re-adding or re-deleting.
    expect(git('rev-parse', 'main^1')).toBe(before)
    const subjects = git('log', '--format=%s', `${before}..main`).split('\n')
    expect(subjects[0]).toBe('Study Notebook: merged with the other computer on desktop')
    expect(subjects.filter((s) => s.endsWith('from desktop'))).toEqual([])
    expect(git('status', '--porcelain')).toBe('')
  })

  it('refuses to run beside another live sync of the folder, and takes over a dead one’s lock', async () => {
    const { laptop, sync } = setup()
    write(laptop, 'a.md', 'a\n')
    await sync(laptop, 'laptop')
    const lock = join(laptop, '.git', 'study-notebook-sync.lock')
    writeFileSync(lock, String(process.pid))
    const error = (await sync(laptop, 'laptop').catch((e: unknown) => e)) as SyncError
    expect(error.kind).toBe('busy')
    // A pid no process has (the sync that held it was killed): stale, taken over.
    writeFileSync(lock, '2147483646')
    expect((await sync(laptop, 'laptop')).pushed).toBe(false)
    expect(existsSync(lock)).toBe(false)
  })

  it('names a server without a repository at that address', async () => {
    const { laptop, remote } = setup()
    const error = (await runSync({
      dir: laptop,
      device: 'laptop',
      remote: { ...remote, url: `${server.origin}missing.git` }
    }).catch((e: unknown) => e)) as SyncError
    expect(error.message).toMatch(/^127\.0\.0\.1 has no git repository at that address/)
  })
})
