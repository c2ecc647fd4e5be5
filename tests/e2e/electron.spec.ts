/**
 * The main path in the real desktop app (Playwright's `_electron`), against the built app in
 * out/ with a throwaway data folder. Runs where the Electron binary is installed; elsewhere
 * (CI installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1) it skips, and the same path runs in
 * Chromium over the test bridge (notebook.spec.ts).
 */
import { _electron, test as base } from '@playwright/test'
import { accessSync, constants, existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { electronBinary } from '../../scripts/start'
import { answerSurvivesSwitchingAndReload } from './support/mainPath'
import { Notebook, watchProblems } from './support/notebook'

/** The Electron executable, or why it cannot be used here. */
function findElectron(): { path: string } | { missing: string } {
  // Not require('electron'): the electron package (v45) downloads its binary on first require.
  const path = electronBinary(resolve('node_modules', 'electron'))
  if (!path) return { missing: 'no binary in node_modules/electron/dist' }
  try {
    accessSync(path, constants.X_OK)
    return { path }
  } catch {
    return { missing: `${path} is not an executable file` }
  }
}

const binary = findElectron()
const mainEntry = resolve('out', 'main', 'index.js')

base('the main path in the Electron app', async () => {
  base.skip(
    'missing' in binary,
    `Electron binary not installed (${'missing' in binary ? binary.missing : ''}); ` +
      'the same path runs in Chromium over the test bridge (notebook.spec.ts).'
  )
  base.skip(!existsSync(mainEntry), 'No built app in out/: run `npm run build` first.')
  if ('missing' in binary) return

  const dataDir = await mkdtemp(join(tmpdir(), 'study-notebook-electron-'))
  const app = await _electron.launch({
    executablePath: binary.path,
    args: [mainEntry, '--no-sandbox', '--disable-gpu'],
    env: { ...process.env, STUDY_NOTEBOOK_DATA: dataDir }
  })
  try {
    const page = await app.firstWindow()
    const problems = watchProblems(page)
    const notebook = new Notebook(page, { dataDir }, problems)
    await answerSurvivesSwitchingAndReload(notebook)
    base.expect(problems.errors).toEqual([])
    base.expect(problems.dialogs).toEqual([])
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
})
