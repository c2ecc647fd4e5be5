/** The application menu. Commands go to the renderer as `app:command` events. */
import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { AppCommand } from '../../shared/ipc/types'

export interface AppMenuOptions {
  send(command: AppCommand): void
  isMac: boolean
  /** Developer tools only in development builds. */
  devTools: boolean
  /** "Help → Check for updates…" (always present; says so when updates are off). */
  checkForUpdates?: () => void
}

/** The menu template (exported for tests). */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, name: AppCommand, accelerator?: string) => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.send(name)
  })
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        command('New question', 'new-question', 'CmdOrCtrl+N'),
        command('Add source…', 'add-source', 'CmdOrCtrl+O'),
        // Not Ctrl+E: the answer editor uses it for inline code.
        command('Export…', 'export', 'CmdOrCtrl+Alt+E'),
        command('Backup…', 'backup'),
        { type: 'separator' },
        command('Settings…', 'settings', 'CmdOrCtrl+,'),
        command('Sync…', 'sync-dialog'),
        command('Sync now', 'sync-now', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' }
      ]
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        command('Search', 'focus-search', 'CmdOrCtrl+F'),
        command('Toggle theme', 'toggle-theme', 'CmdOrCtrl+Shift+L'),
        { type: 'separator' },
        // Shown, not registered: the page binds these keys itself, because on macOS Alt+← must
        // stay word-navigation in text (a menu accelerator would take it from the editor).
        {
          ...command('Back', 'go-back', options.isMac ? 'Cmd+[' : 'Alt+Left'),
          registerAccelerator: false
        },
        {
          ...command('Forward', 'go-forward', options.isMac ? 'Cmd+]' : 'Alt+Right'),
          registerAccelerator: false
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.devTools ? [{ role: 'toggleDevTools' } as const] : [])
      ]
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        command('Keyboard shortcuts', 'shortcuts', 'CmdOrCtrl+/'),
        command('About Study Notebook', 'about'),
        ...(options.checkForUpdates
          ? [
              { type: 'separator' as const },
              { label: 'Check for updates…', click: options.checkForUpdates }
            ]
          : [])
      ]
    }
  ]
  return options.isMac ? [{ role: 'appMenu' }, ...template] : template
}

/** Builds and installs the menu. */
export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)))
}
