/** Native file dialogs for `dialog:pickPath`, parented to the main window. */
import { dialog, type BrowserWindow, type FileFilter, type OpenDialogOptions } from 'electron'
import { IMPORT_EXTENSIONS } from '../../shared/domain/import/importers'
import type { ExportFormat, PathPickRequest } from '../../shared/ipc/types'

// The save dialog offers the chosen format's extension (and names the type on every platform).
const EXPORT_FILTERS: Record<ExportFormat, FileFilter[]> = {
  md: [{ name: 'Markdown', extensions: ['md'] }],
  csv: [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
  apkg: [{ name: 'Anki deck package', extensions: ['apkg'] }]
}

const DOCUMENTS = [
  { name: 'Question documents', extensions: IMPORT_EXTENSIONS.map((e) => e.slice(1)) },
  { name: 'All files', extensions: ['*'] }
]

type OpenKind = Exclude<PathPickRequest['kind'], 'export-file' | 'open-sources'>

const OPEN_OPTIONS: Record<OpenKind, OpenDialogOptions> = {
  'export-folder': { title: 'Export to folder', properties: ['openDirectory', 'createDirectory'] },
  'notebook-folder': {
    title: 'Choose the notebook folder',
    properties: ['openDirectory', 'createDirectory']
  },
  'backup-archive': {
    title: 'Choose a backup',
    properties: ['openFile'],
    filters: [{ name: 'Study Notebook backup', extensions: ['zip'] }]
  }
}

async function open(win: BrowserWindow | null, options: OpenDialogOptions): Promise<string[]> {
  const result = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? [] : result.filePaths
}

// macOS has one dialog for files and folders; Windows and Linux show a folder picker when
// asked for both, so there the user first says which one they want.
async function sourcesOptions(win: BrowserWindow | null): Promise<OpenDialogOptions | null> {
  const title = 'Add question documents'
  if (process.platform === 'darwin')
    return {
      title,
      properties: ['openFile', 'openDirectory', 'multiSelections'],
      filters: DOCUMENTS
    }
  const options = {
    type: 'question' as const,
    title,
    message: 'Add question files, or a whole folder of them?',
    buttons: ['Files…', 'Folder…', 'Cancel'],
    defaultId: 0,
    cancelId: 2
  }
  const { response } = win
    ? await dialog.showMessageBox(win, options)
    : await dialog.showMessageBox(options)
  if (response === 0)
    return { title, properties: ['openFile', 'multiSelections'], filters: DOCUMENTS }
  if (response === 1) return { title, properties: ['openDirectory', 'multiSelections'] }
  return null
}

/** Shows the dialog for `request`; resolves to the chosen paths, or [] when cancelled. */
export async function pickPath(
  win: BrowserWindow | null,
  request: PathPickRequest
): Promise<string[]> {
  if (request.kind === 'export-file') {
    const options = {
      title: 'Export notes',
      defaultPath: request.defaultName,
      filters: EXPORT_FILTERS[request.format ?? 'md']
    }
    const result = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? [] : [result.filePath]
  }
  if (request.kind === 'open-sources') {
    const options = await sourcesOptions(win)
    return options ? open(win, options) : []
  }
  return open(win, OPEN_OPTIONS[request.kind])
}
