import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Conf from 'conf'
import { describe, expect, it } from 'vitest'
import { DocumentError } from '../../../../../src/shared/domain/errors'
import { SourceRegistry } from '../../../../../src/main/services/sources/sourceRegistry'
import { memoryStore } from '../../../../../src/main/services/sources/sourceList'
import { tempDirFactory } from './tempDir'

const tempDir = tempDirFactory()

function seedsDir(): string {
  const dir = tempDir()
  writeFileSync(
    join(dir, 'b_seed.txt'),
    '\tQ. What is GIL?\nAns- Global interpreter lock.\n\tQ. What is decorator?\n'
  )
  writeFileSync(join(dir, 'a_seed.md'), '### Basics\n\n1. What is GIL?\n2. What is yield?\n')
  writeFileSync(join(dir, 'ignored.json'), '{}')
  return dir
}

describe('SourceRegistry', () => {
  it('lists the seeds first, sorted, as built-in sources', async () => {
    const registry = new SourceRegistry({ seedsDir: seedsDir(), store: memoryStore() })
    const sources = await registry.resolve()
    expect(sources.map((s) => [s.path, s.name, s.builtIn])).toEqual([
      ['builtin:a_seed.md', 'a_seed.md', true],
      ['builtin:b_seed.txt', 'b_seed.txt', true]
    ])
  })

  it('persists added files and folders through the store', async () => {
    const dir = tempDir()
    const file = join(dir, 'mine.md')
    writeFileSync(file, '1. What is MRO?\n')
    const folder = join(dir, 'more')
    mkdirSync(folder)
    const confDir = tempDir()
    const openStore = () =>
      new Conf<Record<string, unknown>>({ cwd: confDir, configName: 'config' })
    const store = openStore()
    const registry = new SourceRegistry({ seedsDir: seedsDir(), store })
    await registry.add(file)
    await registry.add(folder)
    await registry.add(file)
    const reopened = new SourceRegistry({ seedsDir: seedsDir(), store: openStore() })
    expect(reopened.userSources()).toEqual([
      { path: file, kind: 'file' },
      { path: folder, kind: 'folder' }
    ])
    expect(reopened.remove(file)).toBe(true)
    expect(reopened.remove(file)).toBe(false)
    expect(reopened.userSources()).toEqual([{ path: folder, kind: 'folder' }])
  })

  it('refuses missing paths and unsupported file types with a DocumentError', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'photo.png'), 'x')
    const registry = new SourceRegistry({ seedsDir: seedsDir(), store: memoryStore() })
    const missing = await registry.add(join(dir, 'nope.md')).catch((e: unknown) => e)
    expect(missing).toBeInstanceOf(DocumentError)
    expect((missing as DocumentError).code).toBe('not-found')
    const png = await registry.add(join(dir, 'photo.png')).catch((e: unknown) => e)
    expect((png as DocumentError).code).toBe('unsupported-type')
    expect(registry.userSources()).toEqual([])
  })

  it('ingests seeds and user sources into one catalog; a bad file is reported and skipped', async () => {
    const dir = tempDir()
    const folder = join(dir, 'interviews')
    mkdirSync(join(folder, 'django'), { recursive: true })
    writeFileSync(join(folder, 'python.md'), '### Python\n\n1. What is GIL?\n2. What is MRO?\n')
    writeFileSync(join(folder, 'django', 'orm.txt'), '### ORM\n\n1. What is select_related?\n')
    writeFileSync(join(folder, 'empty.md'), '')
    const single = join(dir, 'single.md')
    writeFileSync(single, '### Extra\n\n1. What is the GIL in Python?\n')
    const registry = new SourceRegistry({ seedsDir: seedsDir(), store: memoryStore() })
    await registry.add(folder)
    await registry.add(single)
    const gone = join(dir, 'gone.md')
    writeFileSync(gone, '1. Soon gone?\n')
    await registry.add(gone)
    rmSync(gone)

    const { catalog, reports, items } = await registry.ingest()
    expect(reports.map((r) => [r.name, r.kind, r.status])).toEqual([
      ['a_seed.md', 'file', 'ok'],
      ['b_seed.txt', 'file', 'ok'],
      ['interviews', 'folder', 'error'],
      ['single.md', 'file', 'ok'],
      ['gone.md', 'file', 'error']
    ])
    const folderReport = reports[2]!
    expect(folderReport.error).toMatch(/1 of 3 files skipped: empty\.md/)
    expect(folderReport.itemCount).toBe(3)
    // A folder goes by its own name; every source has one label, none shared.
    expect(folderReport.title).toBe('interviews')
    const labels = reports.map((r) => r.title)
    expect(labels.every((l) => typeof l === 'string' && l !== '')).toBe(true)
    expect(new Set(labels).size).toBe(labels.length)
    expect(folderReport.sections.map((s) => [s.name, s.total])).toEqual([
      ['ORM', 1],
      ['Python', 2]
    ])
    expect(reports[4]!.error).toMatch(/gone\.md.*not found/)
    expect(reports[4]!.itemCount).toBe(0)

    expect(catalog.itemCount).toBe(items.length)
    const gil = catalog.entries.find((e) => e.key === 'gil')!
    expect(gil.askedIn).toBe(4)
    expect(gil.occurrences.map((o) => o.file)).toEqual([
      'a_seed.md',
      'b_seed.txt',
      'python.md',
      'single.md'
    ])
    expect(gil.answers).toHaveLength(1)
  })

  it('reports a folder that vanished or holds no documents', async () => {
    const dir = tempDir()
    const folder = join(dir, 'empty-folder')
    mkdirSync(folder)
    const registry = new SourceRegistry({ seedsDir: join(dir, 'no-seeds'), store: memoryStore() })
    await registry.add(folder)
    const first = await registry.ingest()
    expect(first.reports[0]).toMatchObject({ status: 'error', itemCount: 0 })
    expect(first.reports[0]!.error).toMatch(/folder has no question documents this app can read/)
    rmSync(folder, { recursive: true })
    const second = await registry.ingest()
    expect(second.reports[0]!.error).toMatch(/not found/)
    expect(second.catalog.entries).toEqual([])
  })

  it('names same-named files from different folders distinctly', async () => {
    const dir = tempDir()
    for (const sub of ['one', 'two']) {
      mkdirSync(join(dir, sub))
      writeFileSync(join(dir, sub, 'notes.md'), `1. Question from ${sub}?\n`)
    }
    const registry = new SourceRegistry({ seedsDir: join(dir, 'no-seeds'), store: memoryStore() })
    await registry.add(join(dir, 'one', 'notes.md'))
    await registry.add(join(dir, 'two', 'notes.md'))
    const { items } = await registry.ingest()
    expect(items.map((i) => i.source.file)).toEqual(['notes.md', 'two/notes.md'])
  })
})

describe('SourceRegistry over the shipped seeds', () => {
  const shipped = join(__dirname, '..', '..', '..', '..', '..', 'resources', 'seeds')

  it('loads all five seeds as ok built-in sources with sections and progress', async () => {
    const registry = new SourceRegistry({ seedsDir: shipped, store: memoryStore() })
    const progress: string[] = []
    const { catalog, reports, items } = await registry.ingest((p) =>
      progress.push(`${p.phase}:${p.done}/${p.total}`)
    )
    expect(reports).toHaveLength(5)
    for (const report of reports) {
      expect(report).toMatchObject({ builtIn: true, kind: 'file', status: 'ok' })
      expect(report.path).toBe(`builtin:${report.name}`)
      expect(report.itemCount).toBeGreaterThan(0)
    }
    expect(reports.reduce((sum, r) => sum + r.itemCount, 0)).toBe(catalog.itemCount)
    expect(items).toHaveLength(catalog.itemCount)
    const general = reports[1]!.sections.find((s) => s.name === 'General Python')
    // 001 has General Python three times: 5 questions, the same 5 again, then 5 others.
    const inSection = items.filter((i) => i.section === 'General Python').length
    expect(inSection).toBe(15)
    expect(general?.total).toBe(10)
    expect(progress[0]).toBe('reading:0/5')
    expect(progress.at(-1)).toBe('parsing:5/5')
    // Each seed carries a readable title derived from its text; the name stays the file name.
    expect(reports[4]!.title).toBe('Python Interview Questions - Learning Checklist')
    expect(reports.every((r) => r.title && r.title !== r.name)).toBe(true)
  })
})
