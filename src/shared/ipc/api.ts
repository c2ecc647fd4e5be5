import type { Channel, ChannelArgs, ChannelResults, EventName, EventPayloads } from './contract'

/**
 * What the preload exposes as `window.notebook`. The preload object is annotated with this
 * type, so the renderer's view and the real bridge cannot drift apart.
 */
export interface NotebookApi {
  invoke<C extends Channel>(channel: C, ...args: ChannelArgs<C>): Promise<ChannelResults[C]>
  /** Subscribes to a main → renderer event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void
  /**
   * The path of a file dropped on the window (Electron's `webUtils.getPathForFile`), or null.
   * The main process still checks it and shows the preview before anything is added.
   */
  pathForFile?(file: File): Promise<string | null>
}
