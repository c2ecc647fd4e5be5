/**
 * Where the search worker's script lives. In the packaged app the main process runs from inside
 * `app.asar`, but worker threads cannot load ES modules from the archive, so electron-builder
 * unpacks the worker and its chunks (`asarUnpack`) into `app.asar.unpacked` beside it.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** File name of the built search worker (ESM: the unpacked folder has no package.json to say so). */
export const BUILT_WORKER = 'searchWorker.mjs'

/** The same path with its `app.asar` folder swapped for `app.asar.unpacked`; others unchanged. */
export function outsideAsar(path: string): string {
  return path.replace(/([\\/])app\.asar(?=[\\/])/, '$1app.asar.unpacked')
}

/**
 * The worker `name` (search or parse) next to the bundled main process (`here` is its folder),
 * moved out of the archive when packaged; else the TypeScript source, when main runs from
 * source (tests, CLI, bench).
 */
export function workerScript(
  here: string,
  exists: (path: string) => boolean = existsSync,
  name: 'searchWorker' | 'parseWorker' = 'searchWorker'
): URL {
  const built = join(here, `${name}.mjs`)
  if (exists(built)) return pathToFileURL(outsideAsar(built))
  return pathToFileURL(join(here, `${name}.ts`))
}
