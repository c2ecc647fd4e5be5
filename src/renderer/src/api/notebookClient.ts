/**
 * The renderer's only door to the main process: typed wrappers over `window.notebook`.
 * Components import from here rather than touching the global, so tests can swap the bridge.
 */
import type { NotebookApi } from '@shared/ipc/api'
import type { Channel, ChannelArgs, ChannelResults, EventPayloads } from '@shared/ipc/contract'
import type { EventName } from '@shared/ipc/channels'
import { errorMessage } from './errorMessage'

/** Error raised by `call` with a message already fit to show to the user. */
export class BridgeError extends Error {
  constructor(
    readonly channel: Channel,
    message: string
  ) {
    super(message)
    this.name = 'BridgeError'
  }
}

function bridge(): NotebookApi {
  const api = (window as Window & { notebook?: NotebookApi }).notebook
  if (!api) throw new Error('The notebook bridge is not available in this window.')
  return api
}

/** Invokes a channel; rejects with a `BridgeError` whose message is readable. */
export async function call<C extends Channel>(
  channel: C,
  ...args: ChannelArgs<C>
): Promise<ChannelResults[C]> {
  try {
    return await bridge().invoke(channel, ...args)
  } catch (error) {
    throw new BridgeError(channel, errorMessage(error))
  }
}

/** Subscribes to a main → renderer event; returns the unsubscribe function. */
export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: EventPayloads[E]) => void
): () => void {
  try {
    return bridge().on(event, listener)
  } catch {
    // No bridge (or an unknown event): nothing will ever arrive, so there is nothing to undo.
    return () => undefined
  }
}
