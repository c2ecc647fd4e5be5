import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { StudyLogStore } from '../../../../../src/main/services/studyLog/studyLogStore'

let notebookDir: string
beforeEach(async () => {
  notebookDir = await mkdtemp(join(tmpdir(), 'study-log-store-'))
})
afterEach(() => rm(notebookDir, { recursive: true, force: true }))

async function open(now: () => number): Promise<StudyLogStore> {
  const study = new StudyLogStore({ notebookDir, deviceId: 'laptop', now })
  await study.load()
  return study
}

describe('StudyLogStore hand-set fields', () => {
  it('stores only touched questions, with trimmed unique tags and a timestamp', async () => {
    const study = await open(() => 42)
    expect(study.stored('gil')).toBeUndefined()
    const state = await study.update('gil', { favourite: true, tags: [' py ', 'py', '', 'gil'] })
    expect(state).toEqual({ status: 'new', favourite: true, tags: ['py', 'gil'], updatedAt: 42 })
    expect([...study.all().keys()]).toEqual(['gil'])
    // One line in this device's state log, naming only the fields that changed.
    const lines = (await readFile(join(notebookDir, 'study', 'laptop.jsonl'), 'utf8')).trim()
    expect(JSON.parse(lines)).toMatchObject({ id: 'gil', at: 42, favourite: true })
    expect(JSON.parse(lines)).not.toHaveProperty('status')
    // Read back from disk by the next start.
    expect((await open(() => 99)).stored('gil')).toEqual(state)
  })

  it('applies a patch over the given base state, keeping a checklist status', async () => {
    const study = await open(() => 1)
    const base = { status: 'learning' as const, favourite: false, tags: ['x'], updatedAt: 0 }
    expect(await study.update('q', { favourite: true }, base)).toEqual({
      status: 'learning',
      favourite: true,
      tags: ['x'],
      updatedAt: 1
    })
    // The inherited status was logged with the first change, so a restart keeps it.
    expect((await open(() => 2)).stored('q')?.status).toBe('learning')
  })
})
