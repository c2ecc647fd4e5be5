/**
 * `npm start`: runs the built app with `electron-vite preview`, after making sure the Electron
 * binary is there. Electron's npm package fetches its binary on first use; where that is skipped
 * (ELECTRON_SKIP_BINARY_DOWNLOAD) or impossible (no access to the download host) this prints one
 * line saying what to do instead of a stack trace.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The one line `npm start` prints when Electron cannot run here. */
export const MISSING_ELECTRON =
  'The Electron binary is not installed, so the desktop app cannot start here. Reinstall without ' +
  'ELECTRON_SKIP_BINARY_DOWNLOAD (and with access to Electron’s download host), or run ' +
  '`npm run preview:browser` to use the app in a browser.'

const DEFAULT_EXECUTABLE: Record<string, string> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe'
}

/** Path of the Electron executable if it exists (as the electron package resolves it), else null. */
export function electronBinary(
  electronDir: string,
  env: Record<string, string | undefined> = process.env,
  platform: string = process.platform
): string | null {
  const pathFile = join(electronDir, 'path.txt')
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : (DEFAULT_EXECUTABLE[platform] ?? 'electron')
  const dist = env['ELECTRON_OVERRIDE_DIST_PATH'] || join(electronDir, 'dist')
  const binary = join(dist, relative)
  return existsSync(binary) ? binary : null
}

/** Whether fetching the binary was switched off by the environment. */
export function downloadSkipped(env: Record<string, string | undefined> = process.env): boolean {
  const value = env['ELECTRON_SKIP_BINARY_DOWNLOAD']
  return value !== undefined && value !== '' && value !== '0' && value !== 'false'
}

function main(): void {
  const electronDir = join(root, 'node_modules', 'electron')
  if (!electronBinary(electronDir) && !downloadSkipped()) {
    // Electron's own first-use download; its failure is reported by the line below.
    spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore' })
  }
  if (!electronBinary(electronDir)) {
    console.error(MISSING_ELECTRON)
    process.exit(1)
  }
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const child = spawn(process.execPath, [cli, 'preview', ...process.argv.slice(2)], {
    stdio: 'inherit'
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
