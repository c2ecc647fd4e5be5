/**
 * Exposes the typed contract, and nothing else, to the sandboxed renderer.
 * No raw ipcRenderer ever reaches the page.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { CHANNELS, EVENTS, type Channel, type EventName } from '../shared/ipc/channels'
import type { ChannelArgs, ChannelResults, EventPayloads } from '../shared/ipc/contract'
import type { NotebookApi } from '../shared/ipc/api'

const api: NotebookApi = {
  invoke<C extends Channel>(channel: C, ...args: ChannelArgs<C>): Promise<ChannelResults[C]> {
    if (!(CHANNELS as readonly string[]).includes(channel))
      return Promise.reject(new Error(`Unknown channel ${channel}`))
    return ipcRenderer.invoke(channel, ...args)
  },
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
    if (!(EVENTS as readonly string[]).includes(event)) throw new Error(`Unknown event ${event}`)
    const wrapped = (_e: unknown, payload: EventPayloads[E]): void => listener(payload)
    ipcRenderer.on(event, wrapped)
    return () => ipcRenderer.removeListener(event, wrapped)
  },
  async pathForFile(file: File): Promise<string | null> {
    // Only a real dropped File has a path; anything else gives ''.
    try {
      return webUtils.getPathForFile(file) || null
    } catch {
      return null
    }
  }
}

contextBridge.exposeInMainWorld('notebook', api)
