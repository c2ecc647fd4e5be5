/**
 * Which files a launch asked the app to open: Windows and Linux pass them on the command line
 * (first launch and `second-instance`), mixed with the executable, the app folder and
 * Chromium's own switches. Only existing regular files the importers read come out.
 */
import { statSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isImportable } from '../../../shared/domain/import/importers'

export interface ArgvContext {
  /** Folder relative paths are resolved against (the launching shell's, for a second instance). */
  cwd: string
  /** Paths that are the app itself, never a document (the app folder in development). */
  appPaths?: readonly string[]
  /** True for an existing regular file (a stat that follows links). */
  isRegularFile: (path: string) => boolean
}

// More than any "Open with" selection; the preview takes at most this many paths at once.
const MAX_FILES = 1000

function toPath(arg: string, cwd: string): string | null {
  // Linux desktop files pass %U: file:// URLs.
  if (/^file:\/\//i.test(arg)) {
    try {
      return fileURLToPath(arg)
    } catch {
      return null
    }
  }
  // Any other URL scheme (http:, a custom protocol) is not a file.
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null
  return isAbsolute(arg) ? resolve(arg) : resolve(cwd, arg)
}

/**
 * The importable files in `argv` (process.argv or the second instance's), resolved, without
 * duplicates, in order. argv[0] is the executable; switches (`-x`, `--flag=value`) are skipped
 * until a bare `--`, after which everything is a path.
 */
export function filesFromArgv(argv: readonly string[], context: ArgvContext): string[] {
  const skip = new Set((context.appPaths ?? []).map((p) => resolve(context.cwd, p)))
  const found: string[] = []
  let flags = true
  for (const arg of argv.slice(1)) {
    if (found.length >= MAX_FILES) break
    if (flags && arg === '--') {
      flags = false
      continue
    }
    if (!arg || arg === '.' || (flags && arg.startsWith('-'))) continue
    if (arg.includes('\0')) continue
    const path = toPath(arg, context.cwd)
    if (!path || skip.has(path) || found.includes(path)) continue
    if (!isImportable(path) || !context.isRegularFile(path)) continue
    found.push(path)
  }
  return found
}

/** The real file system's answer for `isRegularFile`. */
export function isRegularFileOnDisk(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** The importable regular files among absolute `paths` (macOS's `open-file` events). */
export function openableFiles(
  paths: readonly string[],
  isRegularFile: (path: string) => boolean = isRegularFileOnDisk
): string[] {
  return filesFromArgv(['', '--', ...paths.filter((p) => isAbsolute(p))], {
    cwd: '/',
    isRegularFile
  })
}
