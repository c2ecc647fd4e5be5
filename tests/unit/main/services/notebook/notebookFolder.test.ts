import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createNotebookService,
  type NotebookService
} from '../../../../../src/main/services/notebook/createNotebookService'
import { nodeFolderIo, type FolderIo } from '../../../../../src/main/services/files/folderIo'
import { createMemoryStore, type KeyValueStore } from '../../../../../src/main/store/keyValueStore'
import type { Settings } from '../../../../../src/shared/settings'
import type { EventPayloads } from '../../../../../src/shared/ipc/contract'
import { fakeCatalog } from './fakeCatalog'

let dataDir: string
let service: NotebookService
let store: KeyValueStore
let events: Array<{ event: keyof EventPayloads; payload: unknown }>
let picks: string[][]
let applied: Settings[]

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
    host: { 'dialog:pickPath': async () => picks.shift() ?? [] },
    onSettings: (s) => applied.push(s),
    ...extra
  })
  return service
}

async function idOf(prompt: string): Promise<string> {
  const { hits } = await service['search:query']({ query: prompt })
  const hit = hits.find((h) => h.prompt === prompt)
  if (!hit) throw new Error(`no hit for ${prompt}`)
  return hit.id
}

/** Two answers, My questions and a study file from another engineer's feature, in the default folder. */
async function fillDefaultFolder(): Promise<{ gil: string; decorator: string }> {
  const gil = await idOf('What is GIL?')
  const decorator = await idOf('What is a decorator?')
  for (const [id, text] of [
    [gil, 'GIL answer'],
    [decorator, 'decorator answer']
  ] as const)
    expect((await service['notes:save']({ id, markdown: text, baseRevision: null })).ok).toBe(true)
  const notebook = join(dataDir, 'notebook')
  await mkdir(join(notebook, 'reviews'), { recursive: true })
  await writeFile(join(notebook, 'reviews', 'laptop.jsonl'), '{"v":1}\n')
  return { gil, decorator }
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'notebook-folder-'))
  store = createMemoryStore()
  events = []
  picks = []
  applied = []
})
afterEach(async () => {
  await service?.dispose()
  await rm(dataDir, { recursive: true, force: true })
})

describe('choosing the notebook folder', () => {
  it('says what the chosen folder holds before anything moves; cancel changes nothing', async () => {
    start()
    await fillDefaultFolder()
    const chosen = join(dataDir, 'Dropbox', 'notes')
    await mkdir(chosen, { recursive: true })
    await writeFile(join(chosen, 'abc-123.md'), 'an answer from elsewhere')
    picks.push([chosen])
    const plan = await service['notebookFolder:choose']({ target: 'pick' })
    expect(plan).toEqual({
      target: chosen,
      current: join(dataDir, 'notebook'),
      isDefault: false,
      same: false,
      currentAnswers: 2,
      currentFiles: 3,
      targetAnswers: 1,
      targetFiles: 1
    })
    // A cancelled picker gives null and leaves no folder waiting.
    expect(await service['notebookFolder:choose']({ target: 'pick' })).toBeNull()
    await expect(service['notebookFolder:apply']({ mode: 'move' })).rejects.toThrow(
      /Choose the new notebook folder first/
    )
    expect((await service['app:bootstrap']()).notebookDir).toBe(join(dataDir, 'notebook'))
  })

  it('moves every file (answers, study files) to the chosen folder, remembers it and re-points', async () => {
    start()
    const { gil } = await fillDefaultFolder()
    const chosen = join(dataDir, 'synced')
    await mkdir(chosen)
    picks.push([chosen])
    await service['notebookFolder:choose']({ target: 'pick' })
    const result = await service['notebookFolder:apply']({ mode: 'move' })
    expect(result.moved).toBe(3)
    expect(result.keptBoth).toEqual([])
    expect(result.message).toBe(`Moved 3 files to ${chosen}.`)
    expect(result.settings.notebookDir).toBe(chosen)
    expect((store.get('settings') as Settings).notebookDir).toBe(chosen)
    expect(await readFile(join(chosen, 'reviews', 'laptop.jsonl'), 'utf8')).toBe('{"v":1}\n')
    expect(await readdir(join(dataDir, 'notebook'))).toEqual([])
    // The service reads and writes the new folder without a restart.
    expect((await service['notes:load'](gil))?.markdown).toBe('GIL answer\n')
    const decorator = await idOf('What is a decorator?')
    await service['notes:save']({ id: decorator, markdown: 'edited', baseRevision: null })
    expect(existsSync(join(chosen, `${decorator}.md`))).toBe(true)
    expect((await service['app:bootstrap']()).notebookDir).toBe(chosen)
    expect(events.some((e) => e.event === 'catalog:changed')).toBe(true)
  })

  it('never overwrites an answer of the same name in the chosen folder: both kept, and said', async () => {
    start()
    const { gil } = await fillDefaultFolder()
    const chosen = join(dataDir, 'other')
    await mkdir(chosen)
    await writeFile(join(chosen, `${gil}.md`), 'the other folder’s GIL answer\n')
    picks.push([chosen])
    await service['notebookFolder:choose']({ target: 'pick' })
    const result = await service['notebookFolder:apply']({ mode: 'move' })
    expect(result.keptBoth).toEqual([{ file: `${gil}.md`, keptAs: `${gil} (moved).md` }])
    expect(result.message).toMatch(/1 file had the same name as one already there; both were kept/)
    expect(await readFile(join(chosen, `${gil}.md`), 'utf8')).toBe(
      'the other folder’s GIL answer\n'
    )
    expect(await readFile(join(chosen, `${gil} (moved).md`), 'utf8')).toMatch(/GIL answer/)
  })

  it('a write failing half-way (full disk) moves nothing, keeps the old folder in use and says so', async () => {
    let copies = 0
    const fullDisk: FolderIo = {
      ...nodeFolderIo,
      async copyNew(a, b) {
        if (++copies === 2) throw new Error('ENOSPC: no space left on device')
        return nodeFolderIo.copyNew(a, b)
      }
    }
    start({ folderIo: fullDisk })
    const { gil } = await fillDefaultFolder()
    const chosen = join(dataDir, 'small-usb-stick')
    await mkdir(chosen)
    picks.push([chosen])
    await service['notebookFolder:choose']({ target: 'pick' })
    await expect(service['notebookFolder:apply']({ mode: 'move' })).rejects.toThrow(
      /^Nothing was moved: copying to .*ENOSPC.*Every file is still in/
    )
    expect(await readdir(chosen)).toEqual([])
    expect((await service['app:bootstrap']()).notebookDir).toBe(join(dataDir, 'notebook'))
    expect((await service['notes:load'](gil))?.markdown).toBe('GIL answer\n')
    expect(store.get('settings')).toBeUndefined()
  })

  it('"use as it is" opens the chosen folder without moving, and Reset to default comes back', async () => {
    start()
    const { gil } = await fillDefaultFolder()
    const chosen = join(dataDir, 'git-notes')
    await mkdir(chosen)
    await writeFile(join(chosen, `${gil}.md`), 'from the git repo\n')
    picks.push([chosen])
    await service['notebookFolder:choose']({ target: 'pick' })
    const used = await service['notebookFolder:apply']({ mode: 'use' })
    expect(used.moved).toBe(0)
    expect((await service['notes:load'](gil))?.markdown).toBe('from the git repo\n')
    expect(existsSync(join(dataDir, 'notebook', `${gil}.md`))).toBe(true)

    const back = await service['notebookFolder:choose']({ target: 'default' })
    expect(back).toMatchObject({ isDefault: true, targetAnswers: 2, currentAnswers: 1 })
    const reset = await service['notebookFolder:apply']({ mode: 'use' })
    expect(reset.settings.notebookDir).toBe('')
    expect((await service['notes:load'](gil))?.markdown).toBe('GIL answer\n')
  })

  it('refuses a folder inside the notebook folder (or around it), and says the same folder is in use', async () => {
    start()
    await fillDefaultFolder()
    picks.push([join(dataDir, 'notebook', 'reviews')], [dataDir], [join(dataDir, 'notebook')])
    await expect(service['notebookFolder:choose']({ target: 'pick' })).rejects.toThrow(
      /is inside the notebook folder .*; choose a folder outside it\./
    )
    await expect(service['notebookFolder:choose']({ target: 'pick' })).rejects.toThrow(
      /is around the notebook folder/
    )
    expect(await service['notebookFolder:choose']({ target: 'pick' })).toMatchObject({ same: true })
  })

  it('the watcher follows the new folder: an edit made there elsewhere reaches the app', async () => {
    start({ watchNotes: true })
    const { gil } = await fillDefaultFolder()
    const chosen = join(dataDir, 'watched')
    await mkdir(chosen)
    picks.push([chosen])
    await service['notebookFolder:choose']({ target: 'pick' })
    await service['notebookFolder:apply']({ mode: 'move' })
    events = []
    await writeFile(join(chosen, `${gil}.md`), 'edited in another editor\n')
    await vi.waitFor(() => expect(events.some((e) => e.event === 'notes:changed')).toBe(true), {
      timeout: 5000
    })
    expect((await service['notes:load'](gil))?.markdown).toBe('edited in another editor\n')
  })
})

describe('the desktop host hooks', () => {
  it('tells the host the settings after every change (the native theme follows)', async () => {
    start()
    await service['settings:update']({ theme: 'dark' })
    await service['settings:update']({ theme: 'system' })
    expect(applied.map((s) => s.theme)).toEqual(['dark', 'system'])
  })

  it('grants files the OS opened, queues them until taken, and announces each batch', async () => {
    start()
    const file = join(dataDir, 'notes.md')
    await writeFile(file, '## Python\n\n- What is GIL?\n')
    service.openFiles([file, file, 'relative.md'])
    expect(events.filter((e) => e.event === 'app:files-opened')).toEqual([
      { event: 'app:files-opened', payload: { count: 1 } }
    ])
    expect(await service['app:takeOpenedFiles']()).toEqual([file])
    expect(await service['app:takeOpenedFiles']()).toEqual([])
    // Granted as the Add source dialog's pick would be: the grant check lets it through (the
    // fake catalog of these tests then cannot read it, a different refusal).
    const added = await service['sources:add']([file]).then(
      () => 'added',
      (e: Error) => e.message
    )
    expect(added).not.toMatch(/was not chosen/)
    expect(added).toMatch(/cannot be read/)
  })

  it('an un-opened path is still refused by sources:add', async () => {
    start()
    const file = join(dataDir, 'sneaky.md')
    await writeFile(file, '- What is GIL?\n')
    await expect(service['sources:add']([file])).rejects.toThrow(
      /was not chosen in the Add source dialog/
    )
  })

  it('answers About with the versions and folders', async () => {
    start({ appInfo: { version: '1.2.3', license: 'MIT' } })
    const about = await service['app:about']()
    expect(about).toMatchObject({
      name: 'Study Notebook',
      version: '1.2.3',
      license: 'MIT',
      node: process.versions.node,
      electron: null,
      dataDir,
      notebookDir: join(dataDir, 'notebook')
    })
  })
})
