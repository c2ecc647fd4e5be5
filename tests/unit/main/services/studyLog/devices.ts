/** Two "computers" for sync tests: each its own data folder and store, sharing notebook folders. */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import {
  createNotebookService,
  type NotebookService
} from '../../../../../src/main/services/notebook/createNotebookService'
import { createMemoryStore, type KeyValueStore } from '../../../../../src/main/store/keyValueStore'
import { fakeCatalog } from '../notebook/fakeCatalog'

export const T0 = Date.UTC(2026, 0, 5, 9)
export const DAY = 86_400_000

export interface Device {
  dataDir: string
  store: KeyValueStore
  clock: { now: number }
  service: NotebookService | null
  events: string[]
  /** (Re)starts this device's app over `notebookDir`. */
  start(notebookDir: string, watch?: boolean): Promise<NotebookService>
  stop(): Promise<void>
}

/** A temp root per test; `device()` makes a computer, `folder()` a notebook folder. */
export function deviceLab(): {
  root: () => string
  device: (name: string) => Promise<Device>
} {
  let root = ''
  const devices: Device[] = []
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'sync-devices-'))
  })
  afterEach(async () => {
    for (const d of devices.splice(0)) await d.stop()
    await rm(root, { recursive: true, force: true })
  })
  return {
    root: () => root,
    async device(name) {
      const dataDir = join(root, `data-${name}`)
      const device: Device = {
        dataDir,
        store: createMemoryStore(),
        clock: { now: T0 },
        service: null,
        events: [],
        async start(notebookDir, watch = false) {
          await device.stop()
          // A chosen notebook folder must exist (the app never creates one behind the user's back).
          await mkdir(notebookDir, { recursive: true })
          device.store.set('settings', { notebookDir })
          device.service = createNotebookService({
            dataDir,
            seedsDir: join(root, 'no-seeds'),
            store: device.store,
            emit: (event) => device.events.push(event),
            catalog: fakeCatalog(),
            watchNotes: watch,
            searchMode: 'inline',
            searchCache: false,
            autoBackup: false,
            now: () => device.clock.now
          })
          await device.service.ready
          return device.service
        },
        async stop() {
          await device.service?.dispose()
          device.service = null
        }
      }
      devices.push(device)
      return device
    }
  }
}

/** The id of the entry asking `prompt`. */
export async function idOf(service: NotebookService, prompt: string): Promise<string> {
  const { hits } = await service['search:query']({ query: prompt })
  const hit = hits.find((h) => h.prompt === prompt)
  if (!hit) throw new Error(`no hit for ${prompt}`)
  return hit.id
}

/** Every question's study state as the device sees it (schedule included). */
export async function studyOf(service: NotebookService, ids: string[]) {
  const out: Record<string, unknown> = {}
  for (const id of ids) out[id] = (await service['catalog:entry'](id))?.study
  return out
}
