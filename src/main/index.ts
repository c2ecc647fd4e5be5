/** App lifecycle only: everything else lives in windows/, ipc/, menu/, store/ and services/. */
import { app, BrowserWindow, dialog } from 'electron'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EventName } from '../shared/ipc/channels'
import type { EventPayloads } from '../shared/ipc/contract'
import { bindContract } from './ipc/bindContract'
import { createElectronHost } from './ipc/electronHost'
import { createElectronSecretStore } from './ipc/electronSecretStore'
import { createSenderCheck } from './ipc/trustedSender'
import { listenForOsOpenedFiles } from './launch/osOpenedFiles'
import { installAppMenu } from './menu/appMenu'
import { SettingsService } from './services/settings/settingsService'
import {
  createNotebookService,
  type NotebookService
} from './services/notebook/createNotebookService'
import { openElectronStore } from './store/openElectronStore'
import { startUpdates } from './updates/electronUpdates'
import type { KeyValueStore } from './store/keyValueStore'
import { flushOnClose, type FlushGate } from './windows/flushOnClose'
import { createMainWindow } from './windows/mainWindow'
import { forwardHistoryCommands } from './windows/historyCommands'
import { applyNativeTheme } from './windows/nativeTheme'
import { installTextContextMenu } from './windows/textContextMenu'

// Every renderer is sandboxed, whatever its web preferences say.
app.enableSandbox()

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
let mainWindow: BrowserWindow | null = null
let flushGate: FlushGate | null = null
let service: NotebookService | null = null
let quitting = false
let disposed = false
// Before ready: macOS may deliver a double-clicked document while the app is still launching.
const osOpened = listenForOsOpenedFiles()

function emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload)
}

function seedsDir(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'seeds')
    : join(app.getAppPath(), 'resources', 'seeds')
}

function openWindow(store: KeyValueStore): void {
  const win = createMainWindow({
    store,
    preload: join(__dirname, '../preload/index.cjs'),
    rendererFile: join(__dirname, '../renderer/index.html'),
    ...(devServerUrl ? { devServerUrl } : {})
  })
  mainWindow = win
  flushGate = flushOnClose(win)
  installTextContextMenu(win)
  forwardHistoryCommands(win, (command) => emit('app:command', { command }))
  win.on('closed', () => {
    mainWindow = null
    flushGate = null
    // On macOS closing the window keeps the app; a Quit that waited for the flush goes on now.
    if (quitting) app.quit()
  })
}

async function start(): Promise<void> {
  const dataDir = process.env['STUDY_NOTEBOOK_DATA'] || app.getPath('userData')
  const { store, notices } = await openElectronStore(dataDir)
  // Native menus, dialogs and scrollbars follow the in-app theme, from the first frame on.
  applyNativeTheme(new SettingsService(store).get().theme)
  service = createNotebookService({
    dataDir,
    seedsDir: seedsDir(),
    store,
    emit,
    notices,
    appInfo: { version: app.getVersion(), license: packageLicense() },
    onSettings: (settings) => applyNativeTheme(settings.theme),
    secrets: createElectronSecretStore(dataDir),
    host: createElectronHost(
      () => mainWindow,
      () => flushGate?.flushed()
    )
  })
  bindContract(
    service,
    createSenderCheck(() => mainWindow, devServerUrl)
  )
  const updates = startUpdates(store, () => mainWindow)
  installAppMenu({
    send: (command) => emit('app:command', { command }),
    isMac: process.platform === 'darwin',
    devTools: !app.isPackaged,
    checkForUpdates: () => void updates.checkNow()
  })
  openWindow(store)
  const opened = service
  osOpened.attach((paths) => opened.openFiles(paths))
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(store)
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    osOpened.fromSecondInstance(argv, workingDirectory)
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error))
}

// Help → About shows it; package.json is inside the app (and app.asar) in every build.
function packageLicense(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(app.getAppPath(), 'package.json'), 'utf8')) as {
      license?: unknown
    }
    return typeof pkg.license === 'string' ? pkg.license : 'not stated'
  } catch {
    return 'not stated'
  }
}

function fail(error: unknown): void {
  dialog.showErrorBox(
    'Study Notebook could not start',
    error instanceof Error ? error.message : String(error)
  )
  app.exit(1)
}

app.on('before-quit', () => {
  quitting = true
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

// Watchers stop and pending writes finish before the process ends.
app.on('will-quit', (event) => {
  if (disposed || !service) return
  event.preventDefault()
  disposed = true
  void service.dispose().finally(() => app.quit())
})
