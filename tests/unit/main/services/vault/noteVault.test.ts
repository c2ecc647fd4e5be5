import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { tempPathFor } from '../../../../../src/main/services/files/atomicWrite'
import { parseNoteFile, revisionOf } from '../../../../../src/main/services/vault/noteFile'
import { NoteVault, type VaultOptions } from '../../../../../src/main/services/vault/noteVault'

let dir: string
let vault: NoteVault | null = null
const meta = { prompt: 'What is GIL?', tags: ['python'] }

async function openVault(extra: Partial<VaultOptions> = {}) {
  vault = new NoteVault({ dir, watch: false, now: () => 1700000000000, ...extra })
  const scan = await vault.open()
  return { vault, scan }
}

beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'vault-')), 'notebook')
})
afterEach(async () => {
  await vault?.dispose()
  vault = null
  await rm(join(dir, '..'), { recursive: true, force: true })
})

describe('NoteVault', () => {
  it('saves an answer as <id>.md with front matter and loads it back', async () => {
    const { vault } = await openVault()
    const saved = await vault.save(
      { id: 'gil', markdown: '# GIL\n\n- lock', baseRevision: null },
      meta
    )
    expect(saved).toEqual({
      ok: true,
      revision: revisionOf('# GIL\n\n- lock\n'),
      savedAt: 1700000000000
    })
    const text = await readFile(join(dir, 'gil.md'), 'utf8')
    expect(parseNoteFile(text)).toEqual({
      meta: { id: 'gil', prompt: 'What is GIL?', tags: ['python'] },
      body: '# GIL\n\n- lock\n'
    })
    const doc = await vault.load('gil')
    expect(doc?.markdown).toBe('# GIL\n\n- lock\n')
    expect(saved.ok && doc?.revision === saved.revision).toBe(true)
    expect(vault.isAnswered('gil')).toBe(true)
    expect(await vault.load('other')).toBeNull()
  })

  it('does not create a file for an empty new answer', async () => {
    const { vault } = await openVault()
    const result = await vault.save({ id: 'empty', markdown: '', baseRevision: null }, meta)
    expect(result.ok).toBe(true)
    expect(await readdir(dir)).toEqual([])
  })

  it('keeps both versions when the file changed on disk since the editor loaded it', async () => {
    const { vault } = await openVault()
    const first = await vault.save({ id: 'gil', markdown: 'v1', baseRevision: null }, meta)
    if (!first.ok) throw new Error('first save failed')
    await writeFile(join(dir, 'gil.md'), '---\nid: gil\n---\n\nedited in vim\n')
    const result = await vault.save(
      { id: 'gil', markdown: 'v2 from the app', baseRevision: first.revision },
      meta
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.conflict.diskMarkdown).toBe('edited in vim\n')
    expect(result.conflict.diskRevision).toBe(revisionOf('edited in vim\n'))
    expect(result.conflict.keptAs).toBe(join(dir, 'gil.conflict-1700000000000.md'))
    // Nothing lost: the disk version stays, the editor's text is kept aside.
    expect(await readFile(join(dir, 'gil.md'), 'utf8')).toContain('edited in vim')
    expect(await readFile(result.conflict.keptAs, 'utf8')).toBe('v2 from the app\n')
    // Saving again from the disk revision is a deliberate overwrite and succeeds.
    const retry = await vault.save(
      { id: 'gil', markdown: 'merged', baseRevision: result.conflict.diskRevision },
      meta
    )
    expect(retry.ok).toBe(true)
  })

  it('treats a new answer over an existing file as a conflict', async () => {
    await openVault()
    await writeFile(join(dir, 'gil.md'), 'written elsewhere\n')
    const result = await vault!.save({ id: 'gil', markdown: 'mine', baseRevision: null }, meta)
    expect(result.ok).toBe(false)
    expect(await readFile(join(dir, 'gil.md'), 'utf8')).toBe('written elsewhere\n')
  })

  it('accepts a save whose text already equals the disk even with a stale revision', async () => {
    const { vault } = await openVault()
    await vault.save({ id: 'gil', markdown: 'same', baseRevision: null }, meta)
    const result = await vault.save({ id: 'gil', markdown: 'same', baseRevision: 'stale' }, meta)
    expect(result).toMatchObject({ ok: true, revision: revisionOf('same\n') })
  })

  it('reports a malformed answer file and never touches it', async () => {
    const broken = '---\nid: gil\ntags: [unclosed\n---\nmy precious answer\n'
    await rm(dir, { recursive: true, force: true })
    await (await import('node:fs/promises')).mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'gil.md'), broken)
    const onMalformed = vi.fn()
    const { vault, scan } = await openVault({ onMalformed })
    expect(onMalformed).toHaveBeenCalledWith('gil.md', expect.stringContaining('not valid YAML'))
    expect(scan.notes).toEqual([])
    await expect(vault.load('gil')).rejects.toThrow(/gil\.md could not be read.*left untouched/)
    const result = await vault.save({ id: 'gil', markdown: 'new text', baseRevision: null }, meta)
    expect(result.ok).toBe(false)
    await vault.updateMeta('gil', { prompt: 'x', tags: [] })
    expect(await readFile(join(dir, 'gil.md'), 'utf8')).toBe(broken)
  })

  it('cleans temp files of killed writes at start and reads existing answers', async () => {
    const fs = await import('node:fs/promises')
    await fs.mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'a.md'), '---\nid: a\n---\n\nAnswer A\n')
    await writeFile(join(dir, 'b.md'), 'Answer B without front matter\n')
    await writeFile(join(dir, 'README.md'), 'not a question id')
    await writeFile(join(dir, 'a.conflict-1.md'), 'kept aside')
    await writeFile(tempPathFor(join(dir, 'a.md')), '---\nid: a\n---\n\nhalf-writ')
    const { vault, scan } = await openVault()
    expect(scan.removedTempFiles).toHaveLength(1)
    expect(scan.notes.sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: 'a', markdown: 'Answer A\n' },
      { id: 'b', markdown: 'Answer B without front matter\n' }
    ])
    expect([...vault.answeredIds()].sort()).toEqual(['a', 'b'])
    expect((await readdir(dir)).sort()).toEqual(['README.md', 'a.conflict-1.md', 'a.md', 'b.md'])
  })

  it('rewrites the front matter without changing the body or its revision', async () => {
    const { vault } = await openVault()
    const saved = await vault.save({ id: 'gil', markdown: 'body', baseRevision: null }, meta)
    await vault.updateMeta('gil', { prompt: 'What is GIL?', tags: ['python', 'threads'] })
    const text = await readFile(join(dir, 'gil.md'), 'utf8')
    expect(parseNoteFile(text).meta.tags).toEqual(['python', 'threads'])
    expect((await vault.load('gil'))?.revision).toBe(saved.ok ? saved.revision : 'none')
  })

  it('serialises concurrent saves of one answer: the second sees the first', async () => {
    const { vault } = await openVault()
    const [a, b] = await Promise.all([
      vault.save({ id: 'gil', markdown: 'one', baseRevision: null }, meta),
      vault.save({ id: 'gil', markdown: 'two', baseRevision: null }, meta)
    ])
    expect(a.ok).toBe(true)
    expect(b.ok).toBe(false)
    expect((await vault.load('gil'))?.markdown).toBe('one\n')
  })

  it('picks up answers edited outside the app, but not its own writes', async () => {
    const changes: Array<[string, string | null]> = []
    const { vault } = await openVault({
      watch: true,
      onExternalChange: (id, markdown) => changes.push([id, markdown])
    })
    await vault.save({ id: 'own', markdown: 'written by the app', baseRevision: null }, meta)
    await writeFile(join(dir, 'ext.md'), '---\nid: ext\n---\n\nfrom another editor\n')
    await vi.waitFor(() => expect(changes).toContainEqual(['ext', 'from another editor\n']), {
      timeout: 5000
    })
    await rm(join(dir, 'ext.md'))
    await vi.waitFor(() => expect(changes).toContainEqual(['ext', null]), { timeout: 5000 })
    expect(changes.filter(([id]) => id === 'own')).toEqual([])
    expect(vault.isAnswered('ext')).toBe(false)
  })
})
