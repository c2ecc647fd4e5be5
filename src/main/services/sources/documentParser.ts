/**
 * Where documents are parsed: in a worker thread in the app (parsing a 1 MB file must not
 * freeze the window), or in this thread for the CLI and tests. Both give the same result.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { tsxBootstrap } from '../search/hostLink'
import { outsideAsar } from '../search/workerLocation'
import { parseOne, type ParsedSource, type ParseRequest } from './parseOne'

export type { ParsedSource } from './parseOne'

/** Parses documents; `close` releases a worker, if any. */
export interface DocumentParser {
  parse(text: string, file: string): Promise<ParsedSource>
  close(): Promise<void>
}

type ParseReply =
  { id: number; ok: true; result: ParsedSource } | { id: number; ok: false; message: string }

/** Parses in this thread. */
export const inlineParser: DocumentParser = {
  parse: (text, file) => Promise.resolve(parseOne(text, file)),
  close: () => Promise.resolve()
}

/**
 * `parseWorker.mjs` next to the bundled main process (out of the archive when packaged, see
 * `workerLocation`), else the TypeScript source run through tsx (tests, CLI, bench).
 */
export function defaultParseWorkerUrl(): URL {
  const here = dirname(fileURLToPath(import.meta.url))
  for (const dir of [here, dirname(here)]) {
    const built = join(dir, 'parseWorker.mjs')
    if (existsSync(built)) return pathToFileURL(outsideAsar(built))
  }
  return pathToFileURL(join(here, 'parseWorker.ts'))
}

/**
 * Starts a parse worker on first use. Should the worker die, the document in hand and every
 * later one are parsed in this thread instead: a source is never lost to a crashed worker.
 */
export function startParseWorker(url: URL = defaultParseWorkerUrl()): DocumentParser {
  let worker: Worker | null = null
  let dead = false
  let nextId = 1
  const pending = new Map<
    number,
    { text: string; file: string; resolve: (r: ParsedSource) => void }
  >()

  function fallBack(): void {
    dead = true
    worker = null
    for (const [id, job] of pending) {
      pending.delete(id)
      job.resolve(parseOne(job.text, job.file))
    }
  }

  function ensure(): Worker | null {
    if (dead) return null
    if (worker) return worker
    const started = url.pathname.endsWith('.ts')
      ? new Worker(tsxBootstrap(url), { eval: true })
      : new Worker(url)
    // An idle parser must not keep the process alive.
    started.unref()
    started.on('message', (reply: ParseReply) => {
      const job = pending.get(reply.id)
      if (!job) return
      pending.delete(reply.id)
      job.resolve(reply.ok ? reply.result : parseOne(job.text, job.file))
    })
    started.on('error', fallBack)
    started.on('exit', () => {
      if (!dead) fallBack()
    })
    worker = started
    return worker
  }

  return {
    parse(text, file) {
      const target = ensure()
      if (!target) return Promise.resolve(parseOne(text, file))
      return new Promise((resolve) => {
        const id = nextId++
        pending.set(id, { text, file, resolve })
        target.postMessage({ id, text, file } satisfies ParseRequest)
      })
    },
    async close() {
      const running = worker
      dead = true
      worker = null
      if (running) await running.terminate()
      fallBack()
    }
  }
}
