/** App lifecycle only: everything else lives in windows/, ipc/ and services/. */
import { app, BrowserWindow } from 'electron'
import { createMainWindow } from './windows/mainWindow'

app.whenReady().then(() => {
  createMainWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
