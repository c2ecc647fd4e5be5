/**
 * My questions and corrections through the real notebook service (seeds, conf store, inline
 * search, vault, backup): what the user adds or fixes is on disk as readable files, survives a
 * restart, a source edit and a backup restore, and every change can be undone.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createNotebookService,
  type NotebookService
} from '../../../../../src/main/services/notebook/createNotebookService'
import { openConfStore } from '../../../../../src/main/store/openConfStore'

const seedsDir = resolve('resources/seeds')
let dataDir: string
let service: NotebookService | null = null
const picks: string[][] = []

async function addSource(nb: NotebookService, path: string): Promise<void> {
  picks.push([path])
  await nb['dialog:pickPath']({ kind: 'open-sources' })
  await nb['sources:add']([path])
}

async function start(): Promise<NotebookService> {
  await service?.dispose()
  const { store, notices } = await openConfStore(dataDir)
  service = createNotebookService({
    dataDir,
    seedsDir,
    store,
    notices,
    emit: () => undefined,
    searchMode: 'inline',
    searchCache: false,
    autoBackup: false,
    watchNotes: false,
    // Sources are added through the (fake) native dialog, as the app grants them.
    host: { 'dialog:pickPath': async () => picks.splice(0, 1)[0] ?? [] }
  })
  await service.ready
  return service
}

async function hitIds(nb: NotebookService, query: string): Promise<string[]> {
  return (await nb['search:query']({ query, limit: 50 })).hits.map((h) => h.id)
}

const DOC = `# Interview notes

## Python

1. What is the GIL?
   A lock that lets one thread run bytecode at a time.
2. What is a generator? A generator is a function that yields values lazily.
3. What is a list comprehension? What is a dict comprehension?
4. Remember to buy milk
5. What does the yield keyword do?
   It pauses the function and hands a value out.
`

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'notebook-user-'))
})
afterEach(async () => {
  await service?.dispose()
  service = null
  await rm(dataDir, { recursive: true, force: true })
})

describe('My questions', () => {
  it('adds a question that is searchable, answerable and still there after a restart', async () => {
    let nb = await start()
    const added = await nb['questions:create']({
      prompt: 'How would you shard user sessions across Redis nodes?',
      answer: 'Consistent hashing on the session key.',
      section: 'System design',
      kind: 'question',
      tags: ['redis']
    })
    expect(added.message).toMatch(/Added .* to My questions/)
    expect(await hitIds(nb, 'shard sessions')).toContain(added.id)
    const boot = await nb['app:bootstrap']()
    const mine = boot.overview.sources.find((s) => s.name === 'My questions')!
    expect(mine.sections.map((s) => s.name)).toEqual(['System design'])
    await nb['notes:save']({ id: added.id, markdown: 'My own words.', baseRevision: null })

    const file = await readFile(join(dataDir, 'notebook', 'My questions.md'), 'utf8')
    expect(file).toContain(
      '## System design\n\n### How would you shard user sessions across Redis nodes?'
    )
    expect(file).toContain('Consistent hashing on the session key.')

    nb = await start()
    const view = await nb['catalog:entry'](added.id)
    expect(view?.entry.answers[0]?.markdown).toBe('Consistent hashing on the session key.')
    expect(view?.note?.markdown.trim()).toBe('My own words.')
    expect(view?.myQuestion).toMatchObject({ section: 'System design', tags: ['redis'] })
    expect(await hitIds(nb, 'redis shard')).toContain(added.id)
  })

  it('edits and deletes a question in the file, and undoes both', async () => {
    const nb = await start()
    const { id } = await nb['questions:create']({
      prompt: 'Why prefer composition?',
      answer: '',
      section: '',
      kind: 'question',
      tags: []
    })
    await nb['questions:update'](id, {
      prompt: 'Why prefer composition?',
      answer: 'Looser coupling.',
      section: 'Design',
      kind: 'question',
      tags: []
    })
    expect((await nb['catalog:entry'](id))?.entry.sections).toEqual(['Design'])
    await nb['questions:delete'](id)
    expect(await nb['catalog:entry'](id)).toBeNull()
    await nb['catalog:undo']()
    expect((await nb['catalog:entry'](id))?.entry.answers[0]?.markdown).toBe('Looser coupling.')
    await nb['catalog:undo']()
    expect((await nb['catalog:entry'](id))?.entry.sections).toEqual([])
  })
})

describe('corrections', () => {
  it('fix, hide, merge and split hold after the source is edited and re-parsed', async () => {
    const docPath = join(dataDir, 'interview.md')
    await writeFile(docPath, DOC)
    let nb = await start()
    await addSource(nb, docPath)
    const idOf = async (q: string) => (await nb['search:query']({ query: q, limit: 5 })).hits[0]!.id
    const gil = await idOf('"What is the GIL"')
    const milk = await idOf('buy milk')
    const generator = await idOf('generator yields lazily')
    // The document's own glued line, not a seed question that ranks first for the words.
    const gluedPrompt = 'What is a list comprehension? What is a dict comprehension?'
    const glued = (await nb['search:query']({ query: gluedPrompt, limit: 20 })).hits.find(
      (h) => h.prompt === gluedPrompt
    )!.id
    const yieldId = await idOf('yield keyword')

    await nb['catalog:correct'](gil, {
      type: 'prompt',
      value: 'What is the GIL (global interpreter lock)?'
    })
    await nb['catalog:correct'](milk, { type: 'hide' })
    await nb['notes:save']({ id: generator, markdown: 'Mine: lazy.', baseRevision: null })
    await nb['notes:save']({ id: yieldId, markdown: 'Mine: pauses.', baseRevision: null })
    await nb['catalog:correct'](generator, {
      type: 'split-answer',
      at: 'What is a generator?'.length
    })
    const merged = await nb['catalog:correct'](yieldId, { type: 'merge', into: generator })
    expect(merged.id).toBe(generator)
    await nb['catalog:correct'](glued, {
      type: 'split-questions',
      parts: ['What is a list comprehension?', 'What is a dict comprehension?']
    })

    // The source changes: lines move, one question is reworded, a new one comes in.
    await writeFile(
      docPath,
      DOC.replace('1. What is the GIL?', '0. What is a closure?\n1. What is the GIL?').replace(
        '4. Remember to buy milk\n',
        ''
      ) + '6. Remember to buy milk\n'
    )
    nb = await start()
    const entry = async (id: string) => (await nb['catalog:entry'](id))!.entry
    expect((await entry(gil)).prompt).toBe('What is the GIL (global interpreter lock)?')
    expect(await hitIds(nb, 'buy milk')).not.toContain(milk)
    expect(await nb['catalog:hidden']()).toEqual([{ id: milk, prompt: 'Remember to buy milk' }])
    const gen = await entry(generator)
    expect(gen.prompt).toBe('What is a generator?')
    expect(gen.answers.map((a) => a.markdown)).toEqual([
      'A generator is a function that yields values lazily.',
      'It pauses the function and hands a value out.'
    ])
    expect(gen.corrections?.alsoAsked).toEqual(['What does the yield keyword do?'])
    const note = (await nb['notes:load'](generator))!.markdown
    expect(note).toContain('Mine: lazy.')
    expect(note).toContain('Mine: pauses.')
    expect((await entry(glued)).prompt).toBe('What is a list comprehension?')
    // The split-off question is a question of its own, found by its words.
    expect(
      (await nb['search:query']({ query: 'dict comprehension', limit: 5 })).hits.map(
        (h) => h.prompt
      )
    ).toContain('What is a dict comprehension?')
    const overview = await nb['catalog:overview']()
    expect(overview.corrections).toEqual({ stale: 0, orphaned: 0 })
    expect(overview.hiddenCount).toBe(1)

    const stored = JSON.parse(await readFile(join(dataDir, 'notebook', 'corrections.json'), 'utf8'))
    expect(stored.format).toBe('study-notebook-corrections')
    expect(stored.corrections).toHaveLength(5)
  })

  it('reports a correction whose question left the source, and keeps it', async () => {
    const docPath = join(dataDir, 'interview.md')
    await writeFile(docPath, DOC)
    let nb = await start()
    await addSource(nb, docPath)
    const milk = (await nb['search:query']({ query: 'buy milk', limit: 1 })).hits[0]!.id
    await nb['catalog:correct'](milk, { type: 'hide' })
    await writeFile(docPath, DOC.replace('4. Remember to buy milk\n', ''))
    nb = await start()
    const boot = await nb['app:bootstrap']()
    expect(boot.overview.corrections).toEqual({ stale: 0, orphaned: 1 })
    expect(boot.notices.map((n) => n.message)).toContainEqual(
      expect.stringMatching(/1 correction no longer matches/)
    )
    expect(await nb['catalog:corrections']()).toEqual([
      expect.objectContaining({ outcome: 'orphaned', prompt: 'Remember to buy milk' })
    ])
  })

  it('undoes each correction, restores hidden entries, and exports the corrected catalog', async () => {
    const nb = await start()
    const [id] = await hitIds(nb, 'GIL')
    const before = (await nb['catalog:entry'](id!))!.entry.prompt
    await nb['catalog:correct'](id!, { type: 'prompt', value: 'The GIL, explained' })
    expect((await nb['catalog:entry'](id!))!.entry.prompt).toBe('The GIL, explained')
    const undone = await nb['catalog:undo']()
    expect(undone?.message).toMatch(/^Undone: Prompt changed/)
    expect((await nb['catalog:entry'](id!))!.entry.prompt).toBe(before)

    await nb['catalog:correct'](id!, { type: 'hide' })
    await nb['notes:save']({ id: id!, markdown: 'hidden answer', baseRevision: null })
    const out = join(dataDir, 'out.md')
    picks.push([out])
    await nb['dialog:pickPath']({ kind: 'export-file', defaultName: 'out.md' })
    await nb['export:run']({ out, format: 'md', layout: 'single', includeReference: false })
    expect(await readFile(out, 'utf8')).not.toContain('hidden answer')
    await nb['catalog:correct'](id!, { type: 'restore' })
    expect(await hitIds(nb, 'GIL')).toContain(id)
    expect(await nb['catalog:undo']()).toMatchObject({
      message: expect.stringMatching(/Hidden again/)
    })
    expect(await hitIds(nb, 'GIL')).not.toContain(id)
  })

  it('backs up My questions and corrections and restores them', async () => {
    const nb = await start()
    const { id } = await nb['questions:create']({
      prompt: 'What is a WSGI server?',
      answer: '',
      section: '',
      kind: 'question',
      tags: []
    })
    const [gil] = await hitIds(nb, 'GIL')
    await nb['catalog:correct'](gil!, { type: 'hide' })
    const backup = await nb['backup:create']()
    await nb['questions:delete'](id)
    await nb['catalog:correct'](gil!, { type: 'restore' })
    const preview = await nb['backup:preview'](backup.path)
    // The restore preview lists the changed Markdown files of the notebook folder by name.
    expect(preview.changed).toContain('My questions')
    await nb['backup:restore'](backup.path)
    expect(await nb['catalog:entry'](id)).not.toBeNull()
    expect(await hitIds(nb, 'GIL')).not.toContain(gil)
    expect(await nb['catalog:hidden']()).toEqual([expect.objectContaining({ id: gil })])
  })
})
