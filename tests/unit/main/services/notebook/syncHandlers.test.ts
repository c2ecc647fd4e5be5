import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createNotebookService } from '../../../../../src/main/services/notebook/createNotebookService'
import { createMemorySecretStoreForTests } from '../../../../../src/main/services/sync/secretStore'
import { createMemoryStore } from '../../../../../src/main/store/keyValueStore'
import type { EventPayloads } from '../../../../../src/shared/ipc/contract'
import { startGitHttpServer, type GitHttpServer } from '../../../../support/gitHttpServer'
import { fakeCatalog } from './fakeCatalog'

let server: GitHttpServer
let scratch: string
beforeAll(async () => {
  server = await startGitHttpServer({ password: 'tok' })
  scratch = await mkdtemp(join(tmpdir(), 'sync-service-'))
})
afterAll(async () => {
  await server.close()
  await rm(scratch, { recursive: true, force: true })
})

function device(name: string) {
  const events: Array<{ event: keyof EventPayloads; payload: unknown }> = []
  const service = createNotebookService({
    dataDir: join(scratch, name),
    seedsDir: join(scratch, 'no-seeds'),
    store: createMemoryStore(),
    emit: (event, payload) => events.push({ event, payload }),
    catalog: fakeCatalog(),
    watchNotes: false,
    searchMode: 'inline',
    searchCache: false,
    autoBackup: false,
    secrets: createMemorySecretStoreForTests(),
    device: name
  })
  return { service, events }
}

describe('sync channels of the notebook service', () => {
  it('syncs answers between two data folders and reloads what the pull brought', async () => {
    server.createRepo('svc')
    const laptop = device('laptop')
    const desktop = device('desktop')
    for (const d of [laptop, desktop]) {
      await d.service['sync:configure']({ remoteUrl: server.url('svc'), onQuit: false })
      await d.service['sync:setToken']('tok')
    }
    const { hits } = await laptop.service['search:query']({ query: 'GIL' })
    const gil = hits[0]!.id
    await laptop.service['notes:save']({ id: gil, markdown: 'Zanzibar lock\n', baseRevision: null })
    expect((await laptop.service['sync:now']()).result).toBe('synced')

    const outcome = await desktop.service['sync:now']()
    expect(outcome).toMatchObject({ result: 'synced', pulled: 1 })
    expect(desktop.events).toContainEqual({ event: 'notes:changed', payload: { id: gil } })
    const found = await desktop.service['search:query']({ query: 'zanzibar' })
    expect(found.hits.map((h) => h.id)).toEqual([gil])
    expect((await desktop.service['notes:load'](gil))?.markdown).toContain('Zanzibar lock')
    // Status events went out, and the last one says how the sync ended.
    const statuses = desktop.events.filter((e) => e.event === 'sync:changed')
    expect(statuses.at(-1)?.payload).toMatchObject({ running: false, tokenSet: true })
    await Promise.all([laptop.service.dispose(), desktop.service.dispose()])
  })

  it('rejects a remote that is not https before saving it', async () => {
    const { service } = device('other')
    await expect(
      service['sync:configure']({ remoteUrl: 'ftp://example.com/x.git' })
    ).rejects.toThrow(/Only https remotes are supported/)
    expect((await service['sync:status']()).settings.remoteUrl).toBe('')
    await service.dispose()
  })
})
