import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createNotebookService,
  type NotebookService
} from '../../../../../src/main/services/notebook/createNotebookService'
import { createMemoryStore, type KeyValueStore } from '../../../../../src/main/store/keyValueStore'
import { parseNoteFile } from '../../../../../src/main/services/vault/noteFile'
import type { EventPayloads } from '../../../../../src/shared/ipc/contract'
import { fakeCatalog } from './fakeCatalog'
import { listBackups } from '../../../../../src/main/services/backup/createBackup'

let dataDir: string
let service: NotebookService
let store: KeyValueStore
let events: Array<{ event: keyof EventPayloads; payload: unknown }>

function start(extra: Partial<Parameters<typeof createNotebookService>[0]> = {}) {
  service = createNotebookService({
    dataDir,
    seedsDir: join(dataDir, 'no-seeds'),
    store,
    emit: (event, payload) => events.push({ event, payload }),
    catalog: fakeCatalog(),
    watchNotes: false,
    searchMode: 'inline',
    searchCache: false,
    autoBackup: false,
    now: () => 1700000000000,
    ...extra
  })
  return service
}

/** A host whose dialogs return `picks` in turn, as if the user chose them there. */
function dialogs(...picks: string[][]) {
  return { host: { 'dialog:pickPath': async () => picks.shift() ?? [] } }
}

async function idOf(prompt: string): Promise<string> {
  const { hits } = await service['search:query']({ query: prompt })
  const hit = hits.find((h) => h.prompt === prompt)
  if (!hit) throw new Error(`no hit for ${prompt}`)
  return hit.id
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'notebook-'))
  store = createMemoryStore()
  events = []
})
afterEach(async () => {
  await service?.dispose()
  await rm(dataDir, { recursive: true, force: true })
})

describe('createNotebookService (fake catalog)', () => {
  it('bootstraps with the overview, settings, start-up notices and folders', async () => {
    const notice = { level: 'warning' as const, message: 'settings restored' }
    const boot = await start({ notices: [notice] })['app:bootstrap']()
    expect(boot.dataDir).toBe(dataDir)
    expect(boot.notebookDir).toBe(join(dataDir, 'notebook'))
    expect(boot.notices).toEqual([notice])
    expect(boot.settings.theme).toBe('system')
    expect(boot.overview).toMatchObject({
      totalEntries: 4,
      totalItems: 5,
      answered: 0,
      confident: 0
    })
    expect(
      boot.overview.sources.map((s) => [s.name, s.sections.map((x) => [x.name, x.total])])
    ).toEqual([
      [
        'a.txt',
        [
          ['Python', 2],
          ['Django', 1]
        ]
      ],
      ['b.md', [['Basics', 2]]]
    ])
  })

  it('saves an answer to disk, counts it and finds it with the answered filter', async () => {
    start()
    const gil = await idOf('What is GIL?')
    const saved = await service['notes:save']({
      id: gil,
      markdown: '```py\nimport sys\n```',
      baseRevision: null
    })
    expect(saved.ok).toBe(true)
    const file = parseNoteFile(await readFile(join(dataDir, 'notebook', `${gil}.md`), 'utf8'))
    expect(file).toEqual({
      meta: { id: gil, prompt: 'What is GIL?', tags: [] },
      body: '```py\nimport sys\n```\n'
    })
    const overview = await service['catalog:overview']()
    expect(overview.answered).toBe(1)
    // GIL is asked in both sources: both count it, under their own sections.
    expect(overview.sources.map((s) => s.sections.map((x) => x.answered))).toEqual([[1, 0], [1]])
    const answered = await service['search:query']({ query: '', filters: { answered: true } })
    expect(answered.hits.map((h) => h.id)).toEqual([gil])
    const entry = await service['catalog:entry'](gil)
    expect(entry?.note?.markdown).toBe('```py\nimport sys\n```\n')
    expect(entry?.entry.askedIn).toBe(2)
  })

  it('keeps study state in the notebook folder, tags in the front matter, and counts confident', async () => {
    start()
    const gil = await idOf('What is GIL?')
    await service['notes:save']({ id: gil, markdown: 'answer', baseRevision: null })
    const state = await service['study:update'](gil, {
      status: 'confident',
      tags: ['python', ' python ', 'gil']
    })
    expect(state).toEqual({
      status: 'confident',
      favourite: false,
      tags: ['python', 'gil'],
      updatedAt: 1700000000000
    })
    // This device's state log in the notebook folder, not the machine's config store.
    expect(store.get('study')).toBeUndefined()
    const logs = await readdir(join(dataDir, 'notebook', 'study'))
    expect(logs).toEqual([expect.stringMatching(/^[a-z0-9]+\.jsonl$/)])
    const line = JSON.parse(await readFile(join(dataDir, 'notebook', 'study', logs[0]!), 'utf8'))
    expect(line).toMatchObject({ id: gil, status: 'confident', tags: ['python', 'gil'] })
    const file = parseNoteFile(await readFile(join(dataDir, 'notebook', `${gil}.md`), 'utf8'))
    expect(file.meta.tags).toEqual(['python', 'gil'])
    expect(file.body).toBe('answer\n')
    const overview = await service['catalog:overview']()
    expect(overview.confident).toBe(1)
    const confident = await service['search:query']({
      query: '',
      filters: { status: ['confident'] }
    })
    expect(confident.hits.map((h) => h.id)).toEqual([gil])
    await vi.waitFor(() => expect(events.some((e) => e.event === 'catalog:changed')).toBe(true))
  })

  it('returns a conflict instead of overwriting an answer changed on disk', async () => {
    start()
    const gil = await idOf('What is GIL?')
    const first = await service['notes:save']({ id: gil, markdown: 'v1', baseRevision: null })
    if (!first.ok) throw new Error('save failed')
    await writeFile(join(dataDir, 'notebook', `${gil}.md`), 'changed elsewhere\n')
    const second = await service['notes:save']({
      id: gil,
      markdown: 'v2',
      baseRevision: first.revision
    })
    expect(second).toMatchObject({ ok: false, conflict: { diskMarkdown: 'changed elsewhere\n' } })
  })

  it('emits notes:changed when an answer is edited outside the app', async () => {
    start({ watchNotes: true })
    const gil = await idOf('What is GIL?')
    await writeFile(join(dataDir, 'notebook', `${gil}.md`), 'typed in zanzibar by another editor\n')
    await vi.waitFor(
      () => expect(events).toContainEqual({ event: 'notes:changed', payload: { id: gil } }),
      { timeout: 5000 }
    )
    const found = await service['search:query']({ query: 'zanzibar' })
    expect(found.hits.map((h) => h.id)).toEqual([gil])
  })

  it('moves to another notebook folder and reads the answers there', async () => {
    const other = join(dataDir, 'my-vault')
    start(dialogs([other]))
    const gil = await idOf('What is GIL?')
    await mkdir(other)
    await writeFile(join(other, `${gil}.md`), '---\nid: x\n---\n\nfrom the git repo\n')
    // A folder the dialog did not return is refused, and not created.
    const made = join(dataDir, 'made-up')
    await expect(service['settings:update']({ notebookDir: made })).rejects.toThrow(
      `${made} was not chosen in the app's dialog; choose the notebook folder with Choose folder… in the settings.`
    )
    expect(existsSync(made)).toBe(false)
    await service['dialog:pickPath']({ kind: 'notebook-folder' })
    const settings = await service['settings:update']({ notebookDir: other })
    expect(settings.notebookDir).toBe(other)
    expect((await service['notes:load'](gil))?.markdown).toBe('from the git repo\n')
    expect((await service['app:bootstrap']()).notebookDir).toBe(other)
    await expect(service['settings:update']({ notebookDir: 'relative/dir' })).rejects.toThrow(
      'The notebook folder must be a full path, not "relative/dir"; choose it with Choose folder… in the settings.'
    )
  })

  it('falls back to the default folder, with a notice, when the chosen one is gone', async () => {
    const gone = join(dataDir, 'unplugged-drive', 'notes')
    store.set('settings', { notebookDir: gone })
    const boot = await start()['app:bootstrap']()
    expect(boot.notebookDir).toBe(join(dataDir, 'notebook'))
    expect(boot.settings.notebookDir).toBe(gone)
    expect(boot.notices.map((n) => n.message).join('\n')).toMatch(/was not found/)
    // Never created behind the user's back.
    await expect(readFile(join(dataDir, 'unplugged-drive'))).rejects.toThrow(/ENOENT/)
  })

  it('reports a damaged answer file at start and still opens its question', async () => {
    const notebook = join(dataDir, 'notebook')
    await mkdir(notebook, { recursive: true })
    start()
    const gil = await idOf('What is GIL?')
    await service.dispose()
    await writeFile(join(notebook, `${gil}.md`), '---\nid: [oops\n---\nbody')
    start()
    const boot = await service['app:bootstrap']()
    expect(boot.notices.map((n) => n.message).join('\n')).toMatch(
      /could not be read.*left untouched/
    )
    expect((await service['catalog:entry'](gil))?.note).toBeNull()
    await expect(service['notes:load'](gil)).rejects.toThrow(/left untouched/)
  })

  it('finishes the daily backup it started before dispose resolves', async () => {
    // The data folder may be removed or moved right after: a zip still being written raced it.
    const notebook = join(dataDir, 'notebook')
    await mkdir(notebook, { recursive: true })
    await writeFile(join(notebook, 'kept.md'), 'An answer worth backing up')
    start({ autoBackup: true })
    await service['app:bootstrap']()
    await service.dispose()
    const backups = await listBackups(join(dataDir, 'backups'))
    expect(backups.map((b) => [b.automatic, Boolean(b.damaged)])).toEqual([[true, false]])
  })

  it('rejects channels this host cannot serve and bad sources with a clear message', async () => {
    start()
    await expect(service['dialog:pickPath']({ kind: 'open-sources' })).rejects.toThrow(
      /desktop app/
    )
    await expect(service['sources:add'](['/tmp/x.png'])).rejects.toThrow(
      '/tmp/x.png was not chosen in the Add source dialog; add it with Add source… instead.'
    )
    await expect(service['sources:remove']('/nope')).rejects.toThrow(/not in your sources/)
  })

  it('opens only http(s) links, through the host', async () => {
    const opened: string[] = []
    start({ host: { 'shell:openExternal': async (url) => (opened.push(url), true) } })
    expect(await service['shell:openExternal']('javascript:alert(1)')).toBe(false)
    expect(await service['shell:openExternal']('file:///etc/passwd')).toBe(false)
    expect(await service['shell:openExternal']('https://docs.python.org/3/')).toBe(true)
    expect(opened).toEqual(['https://docs.python.org/3/'])
  })

  it('re-reads the catalog when a source changes and tells the renderer', async () => {
    const catalog = fakeCatalog()
    start({ catalog })
    await service.ready
    catalog.changed()
    await vi.waitFor(() => expect(events.some((e) => e.event === 'catalog:changed')).toBe(true))
  })

  it('emits export:progress while an export is written, ending at the total', async () => {
    const out = join(dataDir, 'all.md')
    start(dialogs([out]))
    await service['dialog:pickPath']({ kind: 'export-file', defaultName: 'all.md' })
    const result = await service['export:run']({
      out,
      format: 'md',
      layout: 'single',
      includeReference: true
    })
    const progress = events
      .filter((e) => e.event === 'export:progress')
      .map((e) => e.payload as EventPayloads['export:progress'])
    expect(progress.length).toBeGreaterThan(0)
    const size = (await readFile(out)).length
    expect(progress.at(-1)).toEqual({ done: size, total: size })
    expect(result.written).toEqual([out])
    for (const [i, p] of progress.entries()) {
      expect(p.total).toBe(size)
      if (i > 0) expect(p.done).toBeGreaterThan(progress[i - 1]!.done)
    }
  })
})
