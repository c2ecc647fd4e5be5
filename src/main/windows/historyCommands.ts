/**
 * Back / Forward from outside the page: Windows sends the mouse's back and forward buttons (and
 * keyboards' Browser Back/Forward keys) to the window as `app-command`, not to the page.
 */
import type { BrowserWindow } from 'electron'
import type { AppCommand } from '../../shared/ipc/types'

const COMMANDS: Record<string, AppCommand> = {
  'browser-backward': 'go-back',
  'browser-forward': 'go-forward'
}

/** Forwards the window's `browser-backward` / `browser-forward` app commands to the renderer. */
export function forwardHistoryCommands(
  win: Pick<BrowserWindow, 'on'>,
  send: (command: AppCommand) => void
): void {
  win.on('app-command', (_event, name) => {
    const command = COMMANDS[name]
    if (command) send(command)
  })
}
