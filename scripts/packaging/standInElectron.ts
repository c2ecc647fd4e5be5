/**
 * A stand-in for Electron's Linux distribution, for packaging where the real binary cannot be
 * downloaded (`electronDist`). electron-builder copies the folder, renames `electron` to the
 * app's executable and moves `LICENSE` aside; nothing else of Electron's is read for `--dir`.
 * The stand-in executable only says what it is: the result is for inspection, not for running.
 */
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The real Linux Electron, when `npm ci` could download it; else null. */
export function realElectronDist(root: string): string | null {
  const dist = join(root, 'node_modules', 'electron', 'dist')
  return process.platform === 'linux' && existsSync(join(dist, 'electron')) ? dist : null
}

/** Creates (afresh) the stand-in folder at `dir` for Electron `version`; returns `dir`. */
export function createStandInElectron(dir: string, version: string): string {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'resources'), { recursive: true })
  mkdirSync(join(dir, 'locales'), { recursive: true })
  const executable = join(dir, 'electron')
  writeFileSync(
    executable,
    '#!/bin/sh\necho "Stand-in Electron from npm run dist:check: this package is for inspection only." >&2\nexit 1\n'
  )
  chmodSync(executable, 0o755)
  writeFileSync(join(dir, 'version'), `${version}\n`)
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the Electron distribution (MIT).\n')
  return dir
}
