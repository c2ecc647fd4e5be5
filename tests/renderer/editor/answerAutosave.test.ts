import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { NoteSaveRequest, NoteSaveResult } from '@shared/ipc/types'
import { Autosaver, type AutosaveStatus } from '@renderer/features/answer/autosaver'

/** A fake vault: remembers the text at a revision, answers like `notes:save`. */
function fakeVault(initial: { markdown: string; revision: string | null }) {
  let disk = initial
  let counter = 0
  const calls: NoteSaveRequest[] = []
  let failNext = false
  let hold: Promise<void> | null = null
  return {
    calls,
    get disk() {
      return disk
    },
    editElsewhere(markdown: string) {
      disk = { markdown, revision: `ext-${++counter}` }
    },
    failOnce() {
      failNext = true
    },
    holdUntil(promise: Promise<void>) {
      hold = promise
    },
    async save(request: NoteSaveRequest): Promise<NoteSaveResult> {
      calls.push(request)
      if (hold) await hold
      if (failNext) {
        failNext = false
        throw new Error('disk full')
      }
      if (disk.revision !== null && request.baseRevision !== disk.revision)
        return {
          ok: false,
          conflict: {
            diskMarkdown: disk.markdown,
            diskRevision: disk.revision,
            keptAs: `/n/${request.id}.conflict-1.md`
          }
        }
      disk = { markdown: request.markdown, revision: `rev-${++counter}` }
      return { ok: true, revision: disk.revision!, savedAt: 1000 + counter }
    }
  }
}

function setup(initial = { markdown: 'start', revision: 'rev-0' as string | null }) {
  const vault = fakeVault(initial)
  let text = initial.markdown
  const states: AutosaveStatus['state'][] = []
  let last: AutosaveStatus | null = null
  const saver = new Autosaver({
    id: 'q-1',
    baseRevision: initial.revision,
    loadedMarkdown: initial.markdown,
    read: () => text,
    save: (request) => vault.save(request),
    onStatus: (status) => {
      last = status
      if (states.at(-1) !== status.state) states.push(status.state)
    },
    debounceMs: 500,
    maxWaitMs: 1000,
    retryMs: 3000
  })
  const type = (next: string): void => {
    text = next
    saver.markEdited()
  }
  return { vault, saver, type, states, status: () => last }
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves once typing pauses, building on the loaded revision', async () => {
    const { vault, type, states } = setup()
    type('start and more')
    expect(states.at(-1)).toBe('unsaved')
    await vi.advanceTimersByTimeAsync(499)
    expect(vault.calls).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(vault.calls).toEqual([{ id: 'q-1', markdown: 'start and more', baseRevision: 'rev-0' }])
    expect(states).toEqual(['unsaved', 'saving', 'saved'])
  })

  it('never trails continuous typing by more than the max wait', async () => {
    const { vault, type } = setup()
    for (let i = 0; i < 12; i++) {
      type(`text ${i}`)
      await vi.advanceTimersByTimeAsync(100)
    }
    // 1.2 s of typing with no pause: at least one save went out at the 1 s mark.
    expect(vault.calls.length).toBeGreaterThanOrEqual(1)
    expect(vault.calls[0]!.markdown).toBe('text 9')
  })

  it('chains revisions across saves', async () => {
    const { vault, type } = setup()
    type('one')
    await vi.advanceTimersByTimeAsync(600)
    type('two')
    await vi.advanceTimersByTimeAsync(600)
    expect(vault.calls.map((c) => c.baseRevision)).toEqual(['rev-0', 'rev-1'])
    expect(vault.disk.markdown).toBe('two')
  })

  it('flush saves at once and resolves when the disk has the text', async () => {
    const { vault, saver, type } = setup()
    type('flushed')
    await saver.flush()
    expect(vault.disk.markdown).toBe('flushed')
    await vi.advanceTimersByTimeAsync(2000)
    expect(vault.calls).toHaveLength(1)
  })

  it('does not write when the text equals what is on disk', async () => {
    const { vault, saver, type, status } = setup()
    type('changed')
    type('start')
    await saver.flush()
    expect(vault.calls).toHaveLength(0)
    expect(status()?.state).toBe('saved')
  })

  it('keeps edits typed during a save and saves them next', async () => {
    const { vault, saver, type } = setup()
    let release!: () => void
    vault.holdUntil(new Promise<void>((r) => (release = r)))
    type('first')
    const flushing = saver.flush()
    type('second')
    release()
    await flushing
    expect(saver.hasLocalEdits()).toBe(true)
    await saver.flush()
    expect(vault.disk.markdown).toBe('second')
    expect(saver.hasLocalEdits()).toBe(false)
  })

  it('shows an error, keeps the text and retries', async () => {
    const { vault, type, status } = setup()
    vault.failOnce()
    type('important')
    await vi.advanceTimersByTimeAsync(600)
    expect(status()).toMatchObject({ state: 'error', error: 'disk full' })
    await vi.advanceTimersByTimeAsync(3000)
    expect(vault.disk.markdown).toBe('important')
    expect(status()?.state).toBe('saved')
  })

  it('on a conflict reports both versions and stops autosaving until the user decides', async () => {
    const { vault, saver, type, status } = setup()
    vault.editElsewhere('edited in vim')
    type('mine')
    await vi.advanceTimersByTimeAsync(600)
    expect(status()).toMatchObject({
      state: 'conflict',
      conflict: { diskMarkdown: 'edited in vim', keptAs: '/n/q-1.conflict-1.md' }
    })
    type('mine, more')
    await vi.advanceTimersByTimeAsync(5000)
    expect(vault.calls).toHaveLength(1)
    expect(vault.disk.markdown).toBe('edited in vim')
    // Leaving the question still hands the latest text to the vault (kept as another copy).
    await saver.flush({ force: true })
    expect(vault.calls.at(-1)?.markdown).toBe('mine, more')
    expect(vault.disk.markdown).toBe('edited in vim')
  })

  it('"keep mine" writes over the disk version the user has seen', async () => {
    const { vault, saver, type, status } = setup()
    vault.editElsewhere('theirs')
    type('mine')
    await vi.advanceTimersByTimeAsync(600)
    saver.keepMine()
    await saver.flush()
    expect(vault.disk.markdown).toBe('mine')
    expect(status()?.state).toBe('saved')
  })

  it('after a reload from disk builds on the new revision', async () => {
    const { vault, saver, type } = setup()
    vault.editElsewhere('outside')
    saver.reloaded('outside', vault.disk.revision)
    expect(saver.hasLocalEdits()).toBe(false)
    type('outside, then mine')
    await saver.flush()
    expect(vault.disk.markdown).toBe('outside, then mine')
  })

  it('saves a brand-new answer with a null base revision', async () => {
    const { vault, saver, type } = setup({ markdown: '', revision: null })
    type('first answer')
    await saver.flush()
    expect(vault.calls[0]?.baseRevision).toBeNull()
    expect(vault.disk.markdown).toBe('first answer')
  })
})
