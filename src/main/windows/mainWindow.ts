/** The one notebook window, hardened and sized as the user left it. */
import { BrowserWindow, screen } from 'electron'
import type { KeyValueStore } from '../store/keyValueStore'
import { guardNavigation } from './guardNavigation'
import { hardenSession } from './hardenSession'
import { openExternalSafely } from './openExternalSafely'
import { boundsOptions, readWindowState, trackWindowState } from './windowBounds'

export interface MainWindowOptions {
  store: KeyValueStore
  /** Absolute path of the built preload (`out/preload/index.cjs`). */
  preload: string
  /** The built renderer page (`out/renderer/index.html`). */
  rendererFile: string
  /** The dev server URL during `electron-vite dev`, else undefined. */
  devServerUrl?: string
}

/** Creates the window, restores its bounds and loads the renderer. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = readWindowState(
    options.store,
    screen.getAllDisplays().map((d) => d.workArea)
  )
  const win = new BrowserWindow({
    ...boundsOptions(state),
    show: false,
    title: 'Study Notebook',
    // Written out here, not built elsewhere, so Electronegativity can read them.
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // The OS spellchecker for the answer editor (the page marks only it spellcheck="true").
      spellcheck: true,
      // Middle-click would otherwise open links in a new window before the handlers see them.
      disableBlinkFeatures: 'Auxclick'
    }
  })
  hardenSession(win.webContents.session, options.devServerUrl)
  guardNavigation(win.webContents, (url) => void openExternalSafely(url))
  trackWindowState(win, options.store)
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize()
    win.show()
  })
  if (options.devServerUrl) void win.loadURL(options.devServerUrl)
  else void win.loadFile(options.rendererFile)
  return win
}
