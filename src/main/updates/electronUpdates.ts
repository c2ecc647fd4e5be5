/**
 * Thin glue between the update flow and Electron: electron-updater reads the publish target
 * from `app-update.yml` (written by electron-builder) and never downloads on its own; native
 * dialogs ask first. Checks run at start-up and hourly, each doing nothing unless a day passed.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app, dialog, type BrowserWindow } from 'electron'
import electronUpdater from 'electron-updater'
import type { KeyValueStore } from '../store/keyValueStore'
import { createUpdateController, type UpdateController, type Updater } from './updateController'
import { updatesMode } from './updatePolicy'

const HOUR = 60 * 60 * 1000

function createElectronUpdater(window: () => BrowserWindow | null): Updater {
  const { autoUpdater } = electronUpdater
  autoUpdater.autoDownload = false
  // A download the user agreed to installs on quit if they chose "Later".
  autoUpdater.autoInstallOnAppQuit = true
  autoUpdater.on('download-progress', (p: { percent: number }) =>
    window()?.setProgressBar(Math.max(0, Math.min(1, p.percent / 100)))
  )
  return {
    check: async () => {
      const result = await autoUpdater.checkForUpdates()
      return result?.isUpdateAvailable ? { version: result.updateInfo.version } : null
    },
    download: async () => {
      try {
        await autoUpdater.downloadUpdate()
      } finally {
        window()?.setProgressBar(-1)
      }
    },
    install: () => autoUpdater.quitAndInstall()
  }
}

async function ask(
  window: BrowserWindow | null,
  message: string,
  detail: string,
  yes: string,
  no: string
): Promise<boolean> {
  const options = {
    type: 'info' as const,
    message,
    detail,
    buttons: [yes, no],
    defaultId: 0,
    cancelId: 1
  }
  const { response } = window
    ? await dialog.showMessageBox(window, options)
    : await dialog.showMessageBox(options)
  return response === 0
}

/** Sets up update checks for this run; the returned controller backs the menu item. */
export function startUpdates(
  store: KeyValueStore,
  window: () => BrowserWindow | null
): UpdateController {
  const mode = updatesMode({
    isPackaged: app.isPackaged,
    hasPublishTarget: existsSync(join(process.resourcesPath, 'app-update.yml')),
    env: process.env
  })
  const controller = createUpdateController({
    mode,
    updater: mode.enabled ? createElectronUpdater(window) : null,
    store,
    currentVersion: app.getVersion(),
    prompts: {
      offerDownload: (version) =>
        ask(
          window(),
          `Study Notebook ${version} is available.`,
          `You have ${app.getVersion()}. Download the new version now? Your notes are not touched.`,
          'Download',
          'Not now'
        ),
      offerRestart: (version) =>
        ask(
          window(),
          `Study Notebook ${version} is ready to install.`,
          'Restart now to finish, or it installs the next time you quit.',
          'Restart now',
          'Later'
        ),
      tell: async (message) => {
        const win = window()
        const options = { type: 'info' as const, message, buttons: ['OK'] }
        if (win) await dialog.showMessageBox(win, options)
        else await dialog.showMessageBox(options)
      }
    }
  })
  if (mode.enabled) {
    void controller.checkOnSchedule()
    setInterval(() => void controller.checkOnSchedule(), HOUR).unref()
  }
  return controller
}
