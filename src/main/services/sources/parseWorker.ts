/**
 * Worker thread entry (built to out/main/parseWorker.mjs): documents are imported and parsed
 * here, so a large or hostile file never blocks the main process event loop.
 */
import { parentPort } from 'node:worker_threads'
import { DocumentError } from '../../../shared/domain/errors'
import { answer, type ParseReply, type ParseRequest } from './documentParser'

const port = parentPort
if (!port) throw new Error('parseWorker must run in a worker thread')
port.on('message', (request: ParseRequest) => {
  answer(request).then(
    (result) =>
      result instanceof Int32Array
        ? port.postMessage({ id: request.id, ok: true, pairs: result } satisfies ParseReply, [
            result.buffer as ArrayBuffer
          ])
        : port.postMessage({ id: request.id, ok: true, result } satisfies ParseReply),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      const documentError =
        error instanceof DocumentError ? { code: error.code, message: error.message } : undefined
      port.postMessage({
        id: request.id,
        ok: false,
        message,
        ...(documentError ? { documentError } : {})
      } satisfies ParseReply)
    }
  )
})
