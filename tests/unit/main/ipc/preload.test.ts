import { describe, expect, it, vi } from 'vitest'
import type { NotebookApi } from '../../../../src/shared/ipc/api'

const exposed = new Map<string, unknown>()
const ipcRenderer = {
  invoke: vi.fn(async (...args: unknown[]) => ({ echoed: args })),
  on: vi.fn(),
  removeListener: vi.fn()
}
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer,
  webUtils: { getPathForFile: () => '/dropped/notes.md' }
}))

await import('../../../../src/preload/index')
const api = exposed.get('notebook') as NotebookApi

describe('preload', () => {
  it('exposes only `notebook` with invoke and on, never ipcRenderer itself', () => {
    expect([...exposed.keys()]).toEqual(['notebook'])
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on', 'pathForFile'])
    expect(Object.values(api)).not.toContain(ipcRenderer)
  })

  it('invokes contract channels and refuses anything else', async () => {
    await expect(api.invoke('notes:load', 'gil')).resolves.toEqual({
      echoed: ['notes:load', 'gil']
    })
    const invokeRaw = api.invoke as unknown as (channel: string) => Promise<unknown>
    await expect(invokeRaw('fs:readFile')).rejects.toThrow(/Unknown channel/)
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1)
  })

  it('subscribes to contract events with a wrapper that drops the IPC event', () => {
    const listener = vi.fn()
    const off = api.on('notes:changed', listener)
    const wrapped = ipcRenderer.on.mock.calls[0]?.[1] as (e: unknown, p: unknown) => void
    wrapped({ sender: 'secret' }, { id: 'gil' })
    expect(listener).toHaveBeenCalledWith({ id: 'gil' })
    off()
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('notes:changed', wrapped)
    expect(() => api.on('ipc:anything' as never, listener)).toThrow(/Unknown event/)
  })
})
