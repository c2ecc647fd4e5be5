/**
 * The notebook service end to end in Node over the real seeds: a temp data folder, the real
 * conf store, sources, search (inline), vault, export and backup.
 */
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createNotebookService,
  type NotebookService
} from '../../../../../src/main/services/notebook/createNotebookService'
import { openConfStore } from '../../../../../src/main/store/openConfStore'
import { parseNoteFile } from '../../../../../src/main/services/vault/noteFile'
import { NO_SECTION } from '../../../../../src/shared/domain/catalog/occurrenceSections'

const seedsDir = resolve('resources/seeds')
let dataDir: string
let service: NotebookService | null = null

async function startService(
  emit: (event: string, payload: unknown) => void = () => undefined
): Promise<NotebookService> {
  await service?.dispose()
  const { store, notices } = await openConfStore(dataDir)
  service = createNotebookService({
    dataDir,
    seedsDir,
    store,
    notices,
    emit,
    searchMode: 'inline',
    searchCache: false,
    autoBackup: false,
    watchNotes: false,
    host: { 'dialog:pickPath': async () => picks.shift() ?? [] }
  })
  return service
}

// What the fake dialog returns next: main acts only on paths its own dialogs returned.
const picks: string[][] = []
async function choose(
  nb: NotebookService,
  request: Parameters<NotebookService['dialog:pickPath']>[0],
  ...paths: string[]
): Promise<void> {
  picks.push(paths)
  await nb['dialog:pickPath'](request)
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'notebook-seeds-'))
})
afterEach(async () => {
  await service?.dispose()
  service = null
  await rm(dataDir, { recursive: true, force: true })
})

describe('notebook service over the seeds', () => {
  it('loads every seed, searches, saves an answer that survives a restart', async () => {
    let nb = await startService()
    const boot = await nb['app:bootstrap']()
    const seeds = (await readdir(seedsDir)).sort()
    expect(boot.overview.sources.map((s) => s.name)).toEqual(seeds)
    expect(boot.overview.sources.every((s) => s.builtIn && s.status === 'ok')).toBe(true)
    expect(boot.overview.totalItems).toBe(
      boot.overview.sources.reduce((sum, s) => sum + s.itemCount, 0)
    )
    expect(boot.overview.totalEntries).toBeGreaterThan(100)
    expect(boot.overview.totalEntries).toBeLessThan(boot.overview.totalItems)
    expect(boot.notices).toEqual([])

    const { hits } = await nb['search:query']({ query: 'GIL', limit: 20 })
    expect(hits.length).toBeGreaterThan(0)
    const first = hits[0]!
    const view = await nb['catalog:entry'](first.id)
    expect(view?.entry.prompt).toBe(first.prompt)
    expect(view?.entry.occurrences.every((o) => seeds.includes(o.file) && o.line > 0)).toBe(true)

    const markdown =
      'The **GIL** lets one thread run Python bytecode.\n\n```py\nimport threading\n```\n'
    const saved = await nb['notes:save']({ id: first.id, markdown, baseRevision: null })
    expect(saved.ok).toBe(true)
    await nb['study:update'](first.id, { status: 'learning', favourite: true, tags: ['gil'] })
    const file = parseNoteFile(await readFile(join(dataDir, 'notebook', `${first.id}.md`), 'utf8'))
    expect(file.body).toBe(markdown)
    expect(file.meta).toEqual({ id: first.id, prompt: first.prompt, tags: ['gil'] })

    nb = await startService()
    expect((await nb['notes:load'](first.id))?.markdown).toBe(markdown)
    const again = await nb['app:bootstrap']()
    expect(again.overview.answered).toBe(1)
    const favourites = await nb['search:query']({ query: '', filters: { favourite: true } })
    expect(favourites.hits.map((h) => h.id)).toEqual([first.id])
    expect(favourites.hits[0]).toMatchObject({ answered: true, status: 'learning' })
  })

  it('says how many checked items start as Learning, and resets the untouched ones to New', async () => {
    const nb = await startService()
    const boot = await nb['app:bootstrap']()
    const checklist = boot.overview.sources.find((s) => s.name.startsWith('004'))!
    expect(checklist.parseReports?.[0]?.checked).toBe(38)
    const checkedIds = (
      await nb['search:query']({ query: '', filters: { checked: true }, limit: 500 })
    ).hits.map((h) => h.id)
    expect(checkedIds.length).toBeGreaterThan(0)
    const statuses = async () =>
      Promise.all(checkedIds.map(async (id) => (await nb['catalog:entry'](id))?.study.status))
    expect(new Set(await statuses())).toEqual(new Set(['learning']))
    // The user set one since: Reset to New leaves it.
    await nb['study:update'](checkedIds[0]!, { status: 'confident' })
    const { reset } = await nb['study:resetChecked'](checklist.name)
    expect(reset).toBe(checkedIds.length - 1)
    const after = await statuses()
    expect(after[0]).toBe('confident')
    expect(new Set(after.slice(1))).toEqual(new Set(['new']))
    expect((await nb['study:resetChecked'](checklist.name)).reset).toBe(0)
  })

  it('counts each seed under its own sections, alike in the sidebar and the Progress table', async () => {
    const nb = await startService()
    const { overview } = await nb['app:bootstrap']()
    const progress = await nb['study:progress']({})
    const table = (s: { sections: Array<{ name: string; total: number }> }) =>
      s.sections.map((x) => [x.name, x.total]).sort()
    for (const source of overview.sources) {
      const row = progress.sources.find((p) => p.name === source.name)!
      expect(table(source), source.name).toEqual(table(row))
    }
    // A question under two headings of one source is one question of that source.
    for (const source of overview.sources) {
      const row = progress.sources.find((p) => p.name === source.name)!
      expect(source.totals?.total, source.name).toBe(row.total)
    }
    const seed003 = overview.sources.find((s) => s.name.startsWith('003'))!
    const sectionSum = seed003.sections.reduce((n, s) => n + s.total, 0)
    expect(seed003.totals!.total).toBeLessThan(sectionSum)
    // Clicking a section in the sidebar lists exactly the questions it counts.
    for (const source of overview.sources)
      for (const section of source.sections) {
        const filters = { sources: [source.name], sections: [section.name] }
        const { total } = await nb['search:query']({ query: '', filters, limit: 1 })
        expect(total, `${source.name} / ${section.name}`).toBe(section.total)
      }
    // The source filter lists exactly the entries the sidebar and the Source menu count.
    for (const source of overview.sources) {
      const filters = { sources: [source.name] }
      const { total } = await nb['search:query']({ query: '', filters, limit: 1 })
      expect(total, source.name).toBe(source.totals!.total)
    }
    // Sections are listed in document order.
    const seed001 = overview.sources.find((s) => s.name.startsWith('001'))!
    expect(seed001.sections.slice(0, 3).map((x) => x.name)).toEqual([
      'General Python',
      'Functions',
      'Object-Oriented Programming (OOP)'
    ])
    // 000 asks "list vs tuple" under no heading; 003's "Basic Level" must not leak into 000.
    const first = overview.sources[0]!.sections.map((x) => x.name)
    expect(first).toContain(NO_SECTION)
    expect(first).not.toContain('Basic Level')
  })

  it('adds and removes a user source, reporting a bad one without losing the rest', async () => {
    const nb = await startService()
    const before = (await nb['catalog:overview']()).totalEntries
    const folder = join(dataDir, 'my-questions')
    await mkdir(folder)
    await writeFile(
      join(folder, 'extra.md'),
      '## Extra\n\n1. What is a zebra crossing in Django?\n'
    )
    await writeFile(join(folder, 'broken.md'), new Uint8Array([0, 1, 2, 3, 0, 0, 255]))
    await choose(nb, { kind: 'open-sources' }, folder)
    const sources = await nb['sources:add']([folder])
    const mine = sources.find((s) => s.path === folder)
    // A folder stands for the files in it: filtering on it (and on its sections) lists exactly
    // what the sidebar counts.
    expect(mine?.totals?.total).toBe(1)
    const byFolder = await nb['search:query']({ query: '', filters: { sources: [mine!.name] } })
    expect(byFolder.hits.map((h) => h.prompt)).toEqual(['What is a zebra crossing in Django?'])
    const extra = await nb['search:query']({
      query: 'zebra',
      filters: { sources: [mine!.name], sections: ['Extra'] }
    })
    expect(extra.total).toBe(1)
    const session = await nb['study:startSession']({
      scope: { kind: 'source', source: mine!.name }
    })
    expect(session.cards.map((c) => c.prompt)).toEqual(['What is a zebra crossing in Django?'])
    expect(mine).toMatchObject({ builtIn: false, kind: 'folder', status: 'error' })
    expect(mine?.error).toMatch(/broken\.md/)
    expect(mine?.itemCount).toBe(1)
    expect((await nb['catalog:overview']()).totalEntries).toBe(before + 1)
    const after = await nb['sources:remove'](folder)
    expect(after.some((s) => s.path === folder)).toBe(false)
    expect((await nb['catalog:overview']()).totalEntries).toBe(before)
    await expect(nb['sources:remove'](after[0]!.path)).rejects.toThrow(/cannot be removed/)
  })

  it('tells once, in one sentence per reason, that part of an added folder was skipped', async () => {
    const notices: Array<{ level: string; message: string }> = []
    const nb = await startService((event, payload) => {
      if (event === 'app:notice') notices.push(payload as { level: string; message: string })
    })
    await nb['app:bootstrap']()
    const folder = join(dataDir, 'my-questions')
    await mkdir(folder)
    await writeFile(join(folder, 'good.md'), '## Extra\n\n1. What is a zebra crossing in Django?\n')
    await writeFile(join(folder, 'broken.md'), new Uint8Array([0, 1, 2, 3, 0, 0, 255]))
    await writeFile(join(folder, 'empty.md'), '')
    await choose(nb, { kind: 'open-sources' }, folder)
    await nb['sources:add']([folder])
    expect(notices).toHaveLength(1)
    expect(notices[0]!.message).toMatch(/^Part of my-questions could not be read: 2 of 3 files/)
    expect(notices[0]!.message).not.toContain('.;')
    // Adding another source reloads every source: the folder's problem is not told again.
    const single = join(dataDir, 'single.md')
    await writeFile(single, '## More\n\n1. What is a queryset?\n')
    await choose(nb, { kind: 'open-sources' }, single)
    await nb['sources:add']([single])
    expect(notices).toHaveLength(1)
    const empty = join(dataDir, 'nothing.md')
    await writeFile(empty, '')
    await choose(nb, { kind: 'open-sources' }, empty)
    await nb['sources:add']([empty])
    expect(notices.slice(1).map((n) => n.message)).toEqual([
      'Nothing could be read from nothing.md: nothing.md is empty: there is nothing to read.'
    ])
  })

  it('exports answered questions to Markdown and restores a backup', async () => {
    const nb = await startService()
    const { hits } = await nb['search:query']({ query: 'decorator', limit: 5 })
    const id = hits[0]!.id
    await nb['notes:save']({ id, markdown: 'Wraps a function.\n', baseRevision: null })
    const out = join(dataDir, 'export.md')
    await choose(nb, { kind: 'export-file', defaultName: 'export.md' }, out)
    const result = await nb['export:run']({
      out,
      format: 'md',
      layout: 'single',
      filters: { answered: true },
      includeReference: false
    })
    expect(result).toEqual({ written: [out], questionCount: 1 })
    const text = await readFile(out, 'utf8')
    expect(text).toContain('Wraps a function.')

    const backup = await nb['backup:create']()
    expect(backup.answerCount).toBe(1)
    expect((await nb['backup:list']()).map((b) => b.path)).toContain(backup.path)
    const current = await nb['notes:load'](id)
    await nb['notes:save']({ id, markdown: 'Overwritten.\n', baseRevision: current!.revision })
    const preview = await nb['backup:preview'](backup.path)
    expect(preview.changed).toEqual([id])
    const restored = await nb['backup:restore'](backup.path)
    expect(restored.restoredAnswers).toBe(1)
    expect((await nb['notes:load'](id))?.markdown).toBe('Wraps a function.\n')
  })
})
