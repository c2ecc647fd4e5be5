import { describe, expect, it, vi } from 'vitest'
import { CHANNELS, type Handlers } from '../../../../src/shared/ipc/contract'

const registered = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>()
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
      registered.set(channel, fn),
    removeHandler: (channel: string) => registered.delete(channel)
  }
}))

const { bindContract } = await import('../../../../src/main/ipc/bindContract')

const trusted = { trusted: true }
const stranger = { trusted: false }

function fakeHandlers(): Handlers {
  const handlers = Object.fromEntries(
    CHANNELS.map((c) => [c, vi.fn(async () => `result of ${c}`)])
  ) as unknown as Handlers
  handlers['notes:load'] = vi.fn(async () => {
    const error = new Error('gil.md could not be read')
    error.stack = 'at /secret/path/noteVault.ts:12'
    throw error
  })
  return handlers
}

function bind(handlers = fakeHandlers()) {
  const unbind = bindContract(handlers, (event) => (event as unknown as typeof trusted).trusted)
  const call = (channel: string, event: unknown, ...args: unknown[]) => {
    const fn = registered.get(channel)
    if (!fn) throw new Error(`${channel} not bound`)
    return fn(event, ...args)
  }
  return { handlers, unbind, call }
}

describe('bindContract', () => {
  it('binds every channel of the contract, and unbinds them', () => {
    const { unbind } = bind()
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort())
    unbind()
    expect(registered.size).toBe(0)
  })

  it('runs the handler with validated arguments for a trusted sender', async () => {
    const { call, handlers } = bind()
    const request = { id: 'what-is-gil-a1b2', markdown: '# x', baseRevision: null }
    await expect(call('notes:save', trusted, request)).resolves.toBe('result of notes:save')
    expect(handlers['notes:save']).toHaveBeenCalledWith(request)
  })

  it('refuses calls from any other sender before validating', async () => {
    const { call, handlers } = bind()
    await expect(call('catalog:overview', stranger)).rejects.toThrow(
      /Refused catalog:overview: the call did not come from the Study Notebook window/
    )
    expect(handlers['catalog:overview']).not.toHaveBeenCalled()
  })

  it.each([
    [
      'notes:save',
      [{ id: '../../etc/passwd', markdown: '', baseRevision: null }],
      /notes:save at 0\.id/
    ],
    ['notes:save', [{ id: 'a', markdown: 'x', baseRevision: null, extra: 1 }], /notes:save/],
    ['search:query', [{ query: 'x', limit: -1 }], /search:query at 0\.limit/],
    ['study:update', ['gil', { status: 'expert' }], /study:update at 1\.status/],
    ['sources:add', [[]], /sources:add at 0/],
    ['shell:openExternal', [42], /shell:openExternal at 0/],
    ['catalog:overview', ['unexpected'], /catalog:overview/],
    ['settings:update', [{ theme: 'neon' }], /settings:update at 0\.theme/],
    ['dialog:pickPath', [{ kind: 'anything' }], /dialog:pickPath/]
  ])('rejects bad arguments for %s with a clear message', async (channel, args, message) => {
    const { call, handlers } = bind()
    await expect(call(channel, trusted, ...args)).rejects.toThrow(message)
    expect(handlers[channel as keyof Handlers]).not.toHaveBeenCalled()
  })

  it('passes only the message of a failing handler, not its stack', async () => {
    const { call } = bind()
    const error = await call('notes:load', trusted, 'gil').catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toBe('gil.md could not be read')
    expect((error as Error).stack).not.toContain('/secret/path')
  })
})
