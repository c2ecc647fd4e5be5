import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryStore, type KeyValueStore } from '../../../../../src/main/store/keyValueStore'
import {
  MIGRATION_MARKER_KEY,
  type MigrationStep
} from '../../../../../src/main/services/studyLog/migrateLegacyStudy'
import { openNotebookStudy } from '../../../../../src/main/services/studyLog/openNotebookStudy'
import { scheduleReview } from '../../../../../src/shared/domain/study/scheduleReview'

const T0 = Date.UTC(2026, 0, 5, 9)
let dataDir: string
let notebookDir: string
let store: KeyValueStore

// The state the app kept before sync: reviews in the data folder, state in the config store.
async function legacySetup(): Promise<void> {
  const first = scheduleReview('gil', undefined, 3, T0)
  const second = scheduleReview('gil', first.schedule, 3, T0 + 3 * 86_400_000)
  await writeFile(
    join(dataDir, 'reviews.jsonl'),
    [first.record, second.record].map((r) => JSON.stringify(r)).join('\n') + '\n'
  )
  store.set('study', {
    gil: {
      status: 'learning',
      favourite: true,
      tags: ['py'],
      updatedAt: T0 + 3 * 86_400_000,
      schedule: second.schedule
    },
    decorator: { status: 'confident', favourite: false, tags: [], updatedAt: T0 - 1000 },
    // A schedule whose reviews are gone from the log must survive as it is.
    orm: { status: 'learning', favourite: false, tags: [], updatedAt: T0, schedule: first.schedule }
  })
}

const open = (afterMigrationStep?: (step: MigrationStep) => void) =>
  openNotebookStudy({
    dataDir,
    notebookDir,
    store,
    now: () => T0 + 10 * 86_400_000,
    onWarning: () => undefined,
    ...(afterMigrationStep ? { afterMigrationStep } : {})
  })

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'migrate-'))
  notebookDir = join(dataDir, 'notebook')
  await mkdir(notebookDir, { recursive: true })
  store = createMemoryStore()
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

describe('migrating study state into the notebook folder', () => {
  it("moves reviews and state once, after a backup, into this device's logs", async () => {
    await legacySetup()
    const study = await open()
    expect(study.stored('gil')).toMatchObject({ status: 'learning', favourite: true, tags: ['py'] })
    expect(study.stored('gil')!.schedule!.reps).toBe(2)
    expect(study.stored('decorator')).toMatchObject({ status: 'confident' })
    expect(study.stored('orm')!.schedule!.reps).toBe(1)
    expect((await study.reviews()).records).toHaveLength(2)
    expect(await readdir(join(dataDir, 'backups'))).toEqual([expect.stringMatching(/safety\.zip$/)])
    expect(store.get(MIGRATION_MARKER_KEY)).toBeTruthy()
    const data = await readdir(dataDir)
    expect(data).not.toContain('reviews.jsonl')
    expect(data.some((n) => n.startsWith('reviews.migrated-'))).toBe(true)
    // Runs once: a second start makes no second backup and writes nothing more.
    const before = await readFile(study.reviewLogPath, 'utf8')
    await open()
    expect(await readdir(join(dataDir, 'backups'))).toHaveLength(1)
    expect(await readFile(study.reviewLogPath, 'utf8')).toBe(before)
  })

  it.each<MigrationStep>(['backup', 'reviews', 'states', 'marker'])(
    'loses nothing when it crashes after the %s step, and completes at the next start',
    async (crashAfter) => {
      await legacySetup()
      await expect(
        open((step) => {
          if (step === crashAfter) throw new Error('simulated crash')
        })
      ).rejects.toThrow('simulated crash')
      const study = await open()
      expect(store.get(MIGRATION_MARKER_KEY)).toBeTruthy()
      expect((await study.reviews()).records).toHaveLength(2)
      expect(study.stored('gil')).toMatchObject({ favourite: true, tags: ['py'] })
      expect(study.stored('gil')!.schedule!.reps).toBe(2)
      expect(study.stored('decorator')).toMatchObject({ status: 'confident' })
      const logs = await readFile(
        join(notebookDir, 'study', (await readdir(join(notebookDir, 'study')))[0]!),
        'utf8'
      )
      expect(logs.trim().split('\n')).toHaveLength(3)
    }
  )

  it('does nothing but set the marker when there is nothing to move', async () => {
    const study = await open()
    expect(study.all().size).toBe(0)
    expect(store.get(MIGRATION_MARKER_KEY)).toBeTruthy()
    await expect(readdir(join(dataDir, 'backups'))).rejects.toThrow()
  })
})
