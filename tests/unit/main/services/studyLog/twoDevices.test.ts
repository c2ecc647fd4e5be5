/**
 * Two computers, one notebook: each has its own data folder (device id, caches, settings) and
 * the notebook folder is shared as a sync tool would share it, or copied across in either order.
 */
import { cp, mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { DAY, deviceLab, idOf, studyOf, T0 } from './devices'

const lab = deviceLab()
const GIL = 'What is GIL?'
const DECORATOR = 'What is a decorator?'
const DJANGO = 'What is a Django model?'

describe('two devices sharing one notebook folder', () => {
  it("shows device A's progress and favourites on device B after it reloads", async () => {
    const shared = join(lab.root(), 'Notebook')
    const a = await lab.device('a')
    const b = await lab.device('b')
    const nbA = await a.start(shared)
    const gil = await idOf(nbA, GIL)
    const decorator = await idOf(nbA, DECORATOR)
    await nbA['study:review']({ id: gil, grade: 3 })
    await nbA['study:update'](decorator, { favourite: true, tags: ['python'] })
    const seenByA = await studyOf(nbA, [gil, decorator])

    const nbB = await b.start(shared)
    expect(await studyOf(nbB, [gil, decorator])).toEqual(seenByA)
    expect((await nbB['study:progress']({})).totalReviews).toBe(1)
    const favourites = await nbB['search:query']({ query: '', filters: { favourite: true } })
    expect(favourites.hits.map((h) => h.id)).toEqual([decorator])
    // Each device writes only its own logs.
    expect(await readdir(join(shared, 'reviews'))).toHaveLength(1)
    await nbB['study:review']({ id: gil, grade: 3 })
    expect(await readdir(join(shared, 'reviews'))).toHaveLength(2)
  })

  it('loses no review when both review in parallel, and both end with the same schedule', async () => {
    const shared = join(lab.root(), 'Notebook')
    const a = await lab.device('a')
    const b = await lab.device('b')
    const nbA = await a.start(shared)
    const nbB = await b.start(shared)
    const [gil, django] = [await idOf(nbA, GIL), await idOf(nbA, DJANGO)]
    for (let day = 0; day < 6; day++) {
      a.clock.now = T0 + day * DAY
      b.clock.now = T0 + day * DAY + 60_000
      await nbA['study:review']({ id: day % 2 ? gil : django, grade: 3 })
      await nbB['study:review']({ id: gil, grade: day === 2 ? 1 : 3 })
    }
    const [againA, againB] = [await a.start(shared), await b.start(shared)]
    const stateA = await studyOf(againA, [gil, django])
    expect(await studyOf(againB, [gil, django])).toEqual(stateA)
    expect((await againA['study:progress']({})).totalReviews).toBe(12)
    expect((stateA[gil] as { schedule: { reps: number } }).schedule.reps).toBe(9)
  })

  it('picks up the other device writing to the shared folder without a restart', async () => {
    const shared = join(lab.root(), 'Notebook')
    const a = await lab.device('a')
    const b = await lab.device('b')
    const nbA = await a.start(shared, true)
    const nbB = await b.start(shared, true)
    const gil = await idOf(nbA, GIL)
    b.events.length = 0
    await nbA['study:update'](gil, { favourite: true, status: 'confident' })
    await nbA['study:review']({ id: gil, grade: 4 })
    await vi.waitFor(
      async () => {
        expect(await studyOf(nbB, [gil])).toEqual(await studyOf(nbA, [gil]))
        expect(b.events).toContain('catalog:changed')
      },
      { timeout: 5000, interval: 50 }
    )
  })
})

describe('two notebook folders copied across (a sync tool, in either order)', () => {
  it.each(['a first', 'b first'])('merges every review and change, %s', async (order) => {
    const folderA = join(lab.root(), 'A')
    const folderB = join(lab.root(), 'B')
    const a = await lab.device('a')
    const b = await lab.device('b')
    const nbA = await a.start(folderA)
    const nbB = await b.start(folderB)
    const [gil, decorator] = [await idOf(nbA, GIL), await idOf(nbA, DECORATOR)]
    for (let day = 0; day < 4; day++) {
      a.clock.now = T0 + day * DAY
      b.clock.now = T0 + day * DAY + 3_600_000
      await nbA['study:review']({ id: gil, grade: 3 })
      await nbB['study:review']({ id: gil, grade: day === 1 ? 1 : 3 })
    }
    await nbA['study:update'](decorator, { favourite: true })
    b.clock.now += DAY
    await nbB['study:update'](decorator, { tags: ['functions'] })
    await a.stop()
    await b.stop()

    const copy = async (from: string, to: string) => {
      for (const folder of ['reviews', 'study']) {
        await mkdir(join(to, folder), { recursive: true })
        await cp(join(from, folder), join(to, folder), { recursive: true, force: false })
      }
    }
    if (order === 'a first') {
      await copy(folderA, folderB)
      await copy(folderB, folderA)
    } else {
      await copy(folderB, folderA)
      await copy(folderA, folderB)
    }
    const [mergedA, mergedB] = [await a.start(folderA), await b.start(folderB)]
    const state = await studyOf(mergedA, [gil, decorator])
    expect(await studyOf(mergedB, [gil, decorator])).toEqual(state)
    expect((await mergedA['study:progress']({})).totalReviews).toBe(8)
    expect((await mergedB['study:progress']({})).totalReviews).toBe(8)
    expect(state[decorator]).toMatchObject({ favourite: true, tags: ['functions'] })
    expect((state[gil] as { schedule: { reps: number; lapses: number } }).schedule).toMatchObject({
      reps: 8,
      lapses: 1
    })
  })
})

describe('backups of the notebook folder', () => {
  it('hold the study logs, and a restore brings the progress back as it was', async () => {
    const folder = join(lab.root(), 'Notebook')
    const a = await lab.device('a')
    const nb = await a.start(folder)
    const gil = await idOf(nb, GIL)
    await nb['study:review']({ id: gil, grade: 3 })
    await nb['study:update'](gil, { favourite: true })
    const atBackup = await studyOf(nb, [gil])
    const backup = await nb['backup:create']()
    a.clock.now += 3 * DAY
    await nb['study:review']({ id: gil, grade: 1 })
    await nb['study:update'](gil, { favourite: false })
    expect(await studyOf(nb, [gil])).not.toEqual(atBackup)
    await nb['backup:restore'](backup.path)
    expect(await studyOf(nb, [gil])).toEqual(atBackup)
    expect((await nb['study:progress']({})).totalReviews).toBe(1)
  })
})
