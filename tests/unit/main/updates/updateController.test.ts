import { describe, expect, it, vi } from 'vitest'
import { createMemoryStore } from '../../../../src/main/store/keyValueStore'
import {
  createUpdateController,
  type UpdatePrompts,
  type Updater
} from '../../../../src/main/updates/updateController'
import { CHECK_INTERVAL_MS, LAST_CHECK_KEY } from '../../../../src/main/updates/updatePolicy'

const NOW = Date.UTC(2026, 0, 15, 12)

function setup(options: { offer?: string | null; consent?: boolean; restart?: boolean } = {}) {
  const updater = {
    check: vi.fn(async () => (options.offer ? { version: options.offer } : null)),
    download: vi.fn(async () => undefined),
    install: vi.fn()
  } satisfies Updater
  const prompts = {
    offerDownload: vi.fn(async () => options.consent ?? false),
    offerRestart: vi.fn(async () => options.restart ?? false),
    tell: vi.fn(async () => undefined)
  } satisfies UpdatePrompts
  const store = createMemoryStore()
  const controller = createUpdateController({
    mode: { enabled: true },
    updater,
    prompts,
    store,
    currentVersion: '0.1.0',
    now: () => NOW
  })
  return { updater, prompts, store, controller }
}

describe('createUpdateController', () => {
  it('checks on schedule at most once a day', async () => {
    const { updater, store, controller } = setup()
    await controller.checkOnSchedule()
    expect(updater.check).toHaveBeenCalledTimes(1)
    expect(store.get(LAST_CHECK_KEY)).toBe(NOW)
    await controller.checkOnSchedule()
    expect(updater.check).toHaveBeenCalledTimes(1)
    store.set(LAST_CHECK_KEY, NOW - CHECK_INTERVAL_MS)
    await controller.checkOnSchedule()
    expect(updater.check).toHaveBeenCalledTimes(2)
  })

  it('never downloads without consent', async () => {
    const { updater, prompts, controller } = setup({ offer: '0.2.0', consent: false })
    await controller.checkOnSchedule()
    expect(prompts.offerDownload).toHaveBeenCalledWith('0.2.0')
    expect(updater.download).not.toHaveBeenCalled()
    expect(updater.install).not.toHaveBeenCalled()
  })

  it('downloads on consent and installs only when told to restart', async () => {
    const later = setup({ offer: '0.2.0', consent: true, restart: false })
    await later.controller.checkNow()
    expect(later.updater.download).toHaveBeenCalledTimes(1)
    expect(later.updater.install).not.toHaveBeenCalled()

    const now = setup({ offer: '0.2.0', consent: true, restart: true })
    await now.controller.checkNow()
    expect(now.updater.install).toHaveBeenCalledTimes(1)
  })

  it('stays quiet on a scheduled check but answers a manual one', async () => {
    const { prompts, controller, store } = setup()
    await controller.checkOnSchedule()
    expect(prompts.tell).not.toHaveBeenCalled()
    await controller.checkNow()
    expect(prompts.tell).toHaveBeenCalledWith('Study Notebook 0.1.0 is up to date.')
    expect(store.get(LAST_CHECK_KEY)).toBe(NOW)
  })

  it('reports a failed manual check in a sentence, and a failed scheduled one not at all', async () => {
    const { updater, prompts, controller } = setup()
    updater.check.mockRejectedValue(new Error('net::ERR_INTERNET_DISCONNECTED'))
    await controller.checkOnSchedule()
    expect(prompts.tell).not.toHaveBeenCalled()
    await controller.checkNow()
    expect(prompts.tell).toHaveBeenCalledWith(
      'Could not check for updates: net::ERR_INTERNET_DISCONNECTED. Check your internet connection and try again.'
    )
  })

  it('tells the user when a download they agreed to fails', async () => {
    const { updater, prompts, controller } = setup({ offer: '0.2.0', consent: true })
    updater.download.mockRejectedValue(new Error('sha512 checksum mismatch'))
    await controller.checkOnSchedule()
    expect(prompts.tell).toHaveBeenCalledWith(
      'Could not download the update: sha512 checksum mismatch. Check your internet connection and try again.'
    )
  })

  it('does nothing on schedule when off, and explains on request', async () => {
    const prompts = {
      offerDownload: vi.fn(),
      offerRestart: vi.fn(),
      tell: vi.fn(async () => undefined)
    }
    const controller = createUpdateController({
      mode: { enabled: false, reason: 'no-publish-target' },
      updater: null,
      prompts,
      store: createMemoryStore(),
      currentVersion: '0.1.0'
    })
    await controller.checkOnSchedule()
    expect(prompts.tell).not.toHaveBeenCalled()
    await controller.checkNow()
    expect(prompts.tell).toHaveBeenCalledWith(expect.stringMatching(/no update channel/))
  })

  it('runs one check at a time', async () => {
    const { updater, prompts, controller } = setup()
    let finish: (v: null) => void = () => undefined
    updater.check.mockImplementation(() => new Promise((resolve) => (finish = resolve)))
    const first = controller.checkNow()
    await controller.checkNow()
    expect(prompts.tell).toHaveBeenCalledWith('Study Notebook is already checking for updates.')
    finish(null)
    await first
    expect(updater.check).toHaveBeenCalledTimes(1)
  })
})
