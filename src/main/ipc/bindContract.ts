/**
 * Binds every channel of the contract with `ipcMain.handle`: the sender is checked, the arguments
 * are validated against the channel's schema, then the handler runs. Errors reach the renderer as
 * plain messages, never stacks.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS, type Channel, type Handlers } from '../../shared/ipc/contract'
import { validateArgs } from '../../shared/ipc/validateArgs'

type AnyHandler = (...args: unknown[]) => Promise<unknown>

/**
 * Runs one call: sender check, validation, handler. Exported so the tests can drive it without
 * Electron.
 */
export async function handleCall(
  handlers: Handlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  channel: Channel,
  event: IpcMainInvokeEvent,
  raw: unknown[]
): Promise<unknown> {
  if (!isTrustedSender(event))
    throw new Error(`Refused ${channel}: the call did not come from the Study Notebook window.`)
  const args = validateArgs(channel, raw) as unknown[]
  try {
    return await (handlers[channel] as AnyHandler)(...args)
  } catch (error) {
    // A fresh Error: only the message crosses to the renderer (no stack, no file paths of ours).
    throw new Error(error instanceof Error ? error.message : String(error))
  }
}

/** Registers every channel; returns a function that removes them again. */
export function bindContract(
  handlers: Handlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean
): () => void {
  for (const channel of CHANNELS)
    ipcMain.handle(channel, (event, ...raw: unknown[]) =>
      handleCall(handlers, isTrustedSender, channel, event, raw)
    )
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel))
}
