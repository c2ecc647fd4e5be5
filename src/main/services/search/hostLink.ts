/**
 * How the SearchService reaches its engine host: a worker thread (the app), or the same
 * thread with asynchronous delivery (the CLI, and tests that don't exercise the thread).
 */
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { createEngineHost } from './engineHost'
import type { FromHost, ToHost } from './protocol'
import { workerScript } from './workerLocation'

export interface HostLink {
  /** Sends a message; buffers in `transfer` move to the host instead of being copied. */
  post(message: ToHost, transfer?: ArrayBuffer[]): void
  terminate(): Promise<void>
}

export interface LinkCallbacks {
  onMessage(message: FromHost): void
  /** The worker died (uncaught error or exit); in-flight work will never answer. */
  onCrash(error: Error): void
}

/**
 * The worker script: `searchWorker.mjs` next to the bundled main process in the built app (out
 * of the archive when packaged), else the TypeScript source run through tsx.
 */
export function defaultWorkerUrl(): URL {
  return workerScript(dirname(fileURLToPath(import.meta.url)))
}

/** Starts the engine in a worker thread. */
export function startWorker(url: URL, cacheDir: string | null, callbacks: LinkCallbacks): HostLink {
  const workerData = { cacheDir }
  const worker = url.pathname.endsWith('.ts')
    ? new Worker(tsxBootstrap(url), { eval: true, workerData })
    : new Worker(url, { workerData })
  let stopping = false
  // 'error' is followed by 'exit': report the death once.
  const die = (error: Error) => {
    if (stopping) return
    stopping = true
    callbacks.onCrash(error)
  }
  worker.on('message', (message: FromHost) => callbacks.onMessage(message))
  worker.on('error', die)
  worker.on('exit', (code) => die(new Error(`search worker exited with code ${code}`)))
  return {
    post: (message, transfer) => worker.postMessage(message, transfer),
    terminate: async () => {
      stopping = true
      await worker.terminate()
    }
  }
}

/**
 * Worker code that registers tsx's loader, then imports the TypeScript worker. (`--import tsx`
 * in a worker's execArgv does not reach its entry module on Node 20.)
 */
export function tsxBootstrap(url: URL): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api')
  const api = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href
  const load = `import(${JSON.stringify(api)}).then((tsx) => tsx.register())`
  return `${load}.then(() => import(${JSON.stringify(url.href)}))`
}

/** Runs the engine in this thread; messages still arrive asynchronously, in order. */
export function startInline(cacheDir: string | null, callbacks: LinkCallbacks): HostLink {
  let open = true
  const handle = createEngineHost(cacheDir, (message) =>
    setImmediate(() => open && callbacks.onMessage(message))
  )
  return {
    post: (message) => setImmediate(() => open && handle(message)),
    terminate: async () => {
      open = false
    }
  }
}
