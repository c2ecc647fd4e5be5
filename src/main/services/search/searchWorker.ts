/**
 * Worker thread entry (built to out/main/searchWorker.js): the search engine runs here so
 * index builds and queries never block the main process event loop.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createEngineHost } from './engineHost'
import type { ToHost } from './protocol'

const port = parentPort
if (!port) throw new Error('searchWorker must run in a worker thread')
const { cacheDir } = (workerData ?? {}) as { cacheDir?: string | null }
// The index cache is written once typing pauses this long (see QuietWrites).
const WRITE_AFTER_QUIET_MS = 1500
const handle = createEngineHost(cacheDir ?? null, (message) => port.postMessage(message), {
  writeAfterQuietMs: WRITE_AFTER_QUIET_MS
})
port.on('message', (message: ToHost) => handle(message))
