/**
 * Sync conflicts end to end in Node: two devices edit one answer, the sync tool leaves a copy or
 * git leaves markers, and every choice keeps the text the user wants without losing the other.
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deviceLab, idOf, T0 } from '../studyLog/devices'
import { parseNoteFile } from '../../../../../src/main/services/vault/noteFile'

const lab = deviceLab()

async function answerBody(dir: string, id: string): Promise<string> {
  return parseNoteFile(await readFile(join(dir, `${id}.md`), 'utf8')).body
}

describe('sync conflicts in the notebook folder', () => {
  it('detects a conflict copy from concurrent edits on two computers, and keeps both texts', async () => {
    const [folderA, folderB] = [join(lab.root(), 'A'), join(lab.root(), 'B')]
    const a = await lab.device('a')
    const b = await lab.device('b')
    const nbA = await a.start(folderA)
    const nbB = await b.start(folderB)
    const gil = await idOf(nbA, 'What is GIL?')
    await nbA['notes:save']({
      id: gil,
      markdown: 'Laptop: one thread at a time.',
      baseRevision: null
    })
    await nbB['notes:save']({ id: gil, markdown: 'Desktop: released on I/O.', baseRevision: null })
    // Dropbox met both versions and kept the desktop's beside the laptop's.
    await writeFile(
      join(folderA, `${gil} (Desktop's conflicted copy 2026-01-05).md`),
      await readFile(join(folderB, `${gil}.md`))
    )
    const [conflict, ...rest] = await nbA['conflicts:list']()
    expect(rest).toEqual([])
    expect(conflict).toMatchObject({
      kind: 'copy',
      title: 'What is GIL?',
      tool: 'Dropbox',
      mine: 'Laptop: one thread at a time.\n',
      theirs: 'Desktop: released on I/O.\n',
      canKeepBoth: true
    })
    expect(JSON.stringify(conflict)).not.toContain(folderA)

    const result = await nbA['conflicts:resolve'](conflict!.id, 'both')
    expect(result.entryId).toBe(gil)
    expect(await answerBody(folderA, gil)).toBe(
      'Laptop: one thread at a time.\n\n---\n\nDesktop: released on I/O.\n'
    )
    expect((await nbA['notes:load'](gil))?.markdown).toContain('Desktop: released on I/O.')
    expect(await readdir(folderA)).not.toContain(`${gil} (Desktop's conflicted copy 2026-01-05).md`)
    expect(await nbA['conflicts:list']()).toEqual([])
    await expect(nbA['conflicts:resolve'](conflict!.id, 'mine')).rejects.toThrow(/already settled/)
  })

  it('settles git conflict markers inside an answer, keeping the dropped side in the data folder', async () => {
    const folder = join(lab.root(), 'Notebook')
    const a = await lab.device('a')
    const nb = await a.start(folder)
    const gil = await idOf(nb, 'What is GIL?')
    await nb['notes:save']({ id: gil, markdown: 'Shared start.\n', baseRevision: null })
    const file = join(folder, `${gil}.md`)
    const text = await readFile(file, 'utf8')
    await writeFile(
      file,
      text.replace(
        'Shared start.\n',
        'Shared start.\n<<<<<<< HEAD\nMine: processes.\n=======\nTheirs: asyncio.\n>>>>>>> origin/main\n'
      )
    )
    const [conflict] = await nb['conflicts:list']()
    expect(conflict).toMatchObject({ kind: 'markers', tool: 'git merge' })
    expect(conflict!.mine).toBe('Shared start.\nMine: processes.\n')
    expect(conflict!.theirs).toBe('Shared start.\nTheirs: asyncio.\n')
    const result = await nb['conflicts:resolve'](conflict!.id, 'theirs')
    expect(await answerBody(folder, gil)).toBe('Shared start.\nTheirs: asyncio.\n')
    const kept = /The version not kept is in (.+)\.$/.exec(result.message)![1]!
    expect(await readFile(kept, 'utf8')).toBe('Shared start.\nMine: processes.\n')
    expect(await nb['conflicts:list']()).toEqual([])
  })

  it('merges a conflict copy of a review log by itself: no review lost, nothing to choose', async () => {
    const folder = join(lab.root(), 'Notebook')
    const a = await lab.device('a')
    const nb = await a.start(folder)
    const gil = await idOf(nb, 'What is GIL?')
    await nb['study:review']({ id: gil, grade: 3 })
    const [log] = await readdir(join(folder, 'reviews'))
    const own = await readFile(join(folder, 'reviews', log!), 'utf8')
    const other = JSON.stringify({ ...JSON.parse(own), rid: 'other-1', at: T0 + 3_600_000 })
    await writeFile(
      join(
        folder,
        'reviews',
        log!.replace('.jsonl', '.sync-conflict-20260105-101500-ABCDEF7.jsonl')
      ),
      `${own}${other}\n`
    )
    expect(await nb['conflicts:list']()).toEqual([])
    expect(await readdir(join(folder, 'reviews'))).toEqual([log])
    expect((await nb['study:progress']({})).totalReviews).toBe(2)
  })

  it('offers only one side for JSON, and ignores look-alike names without their original', async () => {
    const folder = join(lab.root(), 'Notebook')
    const a = await lab.device('a')
    await mkdir(folder, { recursive: true })
    await writeFile(join(folder, 'corrections.json'), '{"version":1,"corrections":[]}\n')
    await writeFile(
      join(folder, 'corrections (conflicted copy 2026-01-05).json'),
      '{"version":1}\n'
    )
    await writeFile(join(folder, 'plan (1).md'), 'Not a copy: there is no plan.md.\n')
    const nb = await a.start(folder)
    const list = await nb['conflicts:list']()
    expect(list.map((c) => [c.fileName, c.canKeepBoth])).toEqual([
      ['corrections (conflicted copy 2026-01-05).json', false]
    ])
    await expect(nb['conflicts:resolve'](list[0]!.id, 'both')).rejects.toThrow(/cannot hold both/)
    await nb['conflicts:resolve'](list[0]!.id, 'mine')
    expect(await readFile(join(folder, 'corrections.json'), 'utf8')).toContain('"corrections"')
    expect(await nb['conflicts:list']()).toEqual([])
  })
})
