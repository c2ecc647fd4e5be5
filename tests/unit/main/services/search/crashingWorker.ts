/**
 * Test worker: the real engine host, except that the query "crash" kills the thread. With
 * "crash once" it dies only the first time (a marker file in the cache folder remembers).
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { createEngineHost } from '../../../../../src/main/services/search/engineHost'
import type { ToHost } from '../../../../../src/main/services/search/protocol'

const { cacheDir } = workerData as { cacheDir: string }
const handle = createEngineHost(null, (message) => parentPort!.postMessage(message))
parentPort!.on('message', (message: ToHost) => {
  if (message.type === 'query' && message.request.query.startsWith('crash')) {
    const marker = join(cacheDir, 'crashed-once')
    if (message.request.query === 'crash' || !existsSync(marker)) {
      writeFileSync(marker, '')
      process.exit(3)
    }
  }
  handle(message)
})
