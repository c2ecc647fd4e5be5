/**
 * The channels only Electron can serve: native file dialogs, the system browser and file
 * manager, and the end of the quit flow. The notebook service checks links before calling these.
 */
import { dialog, shell, type BrowserWindow } from 'electron'
import { isAbsolute } from 'node:path'
import type { HostHandlers } from '../services/notebook/createNotebookService'
import { openExternalSafely } from '../windows/openExternalSafely'
import { pickPath } from './pickPath'

/** Builds the host handlers for the main window. */
export function createElectronHost(
  getWindow: () => BrowserWindow | null,
  onFlushed: () => void
): Required<HostHandlers> {
  return {
    'dialog:pickPath': (request) => pickPath(getWindow(), request),
    async 'dialog:confirmDrop'(paths) {
      const options = {
        type: 'question' as const,
        title: 'Add dropped items',
        message:
          paths.length === 1
            ? 'Add this dropped item as a source?'
            : `Add these ${paths.length} dropped items as sources?`,
        detail:
          paths.slice(0, 20).join('\n') +
          (paths.length > 20 ? `\n… and ${paths.length - 20} more` : ''),
        buttons: ['Add', 'Cancel'],
        defaultId: 0,
        cancelId: 1
      }
      const win = getWindow()
      const { response } = win
        ? await dialog.showMessageBox(win, options)
        : await dialog.showMessageBox(options)
      return response === 0
    },
    // Checked again inside: this layer must be safe on its own.
    'shell:openExternal': (url) => openExternalSafely(url),
    async 'shell:showItemInFolder'(path) {
      if (!isAbsolute(path)) throw new Error(`Not an absolute path: ${path}`)
      shell.showItemInFolder(path)
    },
    async 'app:flushed'() {
      onFlushed()
    }
  }
}
