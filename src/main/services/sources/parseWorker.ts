/**
 * Worker thread entry (built to out/main/parseWorker.mjs): documents are parsed here, so a
 * large or hostile file never blocks the main process event loop.
 */
import { parentPort } from 'node:worker_threads'
import { parseOne, type ParseRequest } from './parseOne'

const port = parentPort
if (!port) throw new Error('parseWorker must run in a worker thread')
port.on('message', (request: ParseRequest) => {
  try {
    port.postMessage({ id: request.id, ok: true, result: parseOne(request.text, request.file) })
  } catch (error) {
    port.postMessage({
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error)
    })
  }
})
