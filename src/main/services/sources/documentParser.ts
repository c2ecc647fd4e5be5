/**
 * Where documents are imported and parsed: in a worker thread in the app (parsing a 1 MB file
 * must not freeze the window), or in this thread for the CLI and tests. Both give the same
 * result. The worker receives the file's bytes, so every format (CSV, Anki, PDF…) is read there.
 */
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { relatedPairs } from '../../../shared/domain/catalog/linkRelated'
import { DocumentError, type DocumentErrorCode } from '../../../shared/domain/errors'
import { importDocument } from '../../../shared/domain/import/importers'
import { documentTitle } from '../../../shared/domain/parse/documentTitle'
import type { ParsedDocument } from '../../../shared/domain/parse/parseReport'
import { nodeImportPorts } from '../import/importPorts'
import { tsxBootstrap } from '../search/hostLink'
import { workerScript } from '../search/workerLocation'

/** A parsed document with the title the sidebar shows for it. */
export interface ParsedSource extends ParsedDocument {
  title: string
}

/** Parses documents; `close` releases a worker, if any. */
export interface DocumentParser {
  parse(bytes: Uint8Array, file: string): Promise<ParsedSource>
  /** relatedPairs over these merge keys, off this thread (without it, they are linked inline). */
  relate?(keys: string[]): Promise<Int32Array>
  close(): Promise<void>
}

/** A request to the worker: a document to parse, or merge keys to link. */
export type ParseRequest =
  { id: number; bytes: Uint8Array; file: string } | { id: number; keys: string[] }

/** The worker's answer: a result, the user-facing reason the file cannot be read, or a crash. */
export type ParseReply =
  | { id: number; ok: true; result: ParsedSource }
  | { id: number; ok: true; pairs: Int32Array }
  | {
      id: number
      ok: false
      documentError?: { code: DocumentErrorCode; message: string }
      message: string
    }

/** The import and parse itself, the same in the worker and inline. */
export async function parseOne(bytes: Uint8Array, file: string): Promise<ParsedSource> {
  const { items, report, text } = await importDocument(bytes, file, nodeImportPorts)
  return { items, report, title: documentTitle(text ?? '', file) }
}

/** Answers one request, the same in the worker and inline. */
export async function answer(request: ParseRequest): Promise<ParsedSource | Int32Array> {
  return 'keys' in request ? relatedPairs(request.keys) : parseOne(request.bytes, request.file)
}

/** Parses in this thread. */
export const inlineParser: DocumentParser = {
  parse: (bytes, file) => parseOne(bytes, file),
  relate: (keys) => Promise.resolve(relatedPairs(keys)),
  close: () => Promise.resolve()
}

/** `parseWorker.mjs` next to the bundled main process (unpacked when packaged), else the source. */
export function defaultParseWorkerUrl(): URL {
  return workerScript(dirname(fileURLToPath(import.meta.url)), undefined, 'parseWorker')
}

interface Job {
  request: ParseRequest
  resolve: (result: ParsedSource | Int32Array) => void
  reject: (error: unknown) => void
}

/**
 * Starts a parse worker on first use. Should the worker die, or fail on a file for any reason
 * but the file itself, that document and (after a death) every later one are parsed in this
 * thread instead: a source is never lost to a crashed worker.
 */
export function startParseWorker(url: URL = defaultParseWorkerUrl()): DocumentParser {
  let worker: Worker | null = null
  let dead = false
  let nextId = 1
  const pending = new Map<number, Job>()
  const inline = (job: Job): void => void answer(job.request).then(job.resolve, job.reject)

  function fallBack(): void {
    dead = true
    worker = null
    for (const [id, job] of pending) {
      pending.delete(id)
      inline(job)
    }
  }

  function settle(reply: ParseReply): void {
    const job = pending.get(reply.id)
    if (!job) return
    pending.delete(reply.id)
    const { request } = job
    if (reply.ok) job.resolve('pairs' in reply ? reply.pairs : reply.result)
    else if (reply.documentError && 'file' in request) {
      job.reject(
        new DocumentError(reply.documentError.code, request.file, reply.documentError.message)
      )
    } else inline(job)
  }

  function ensure(): Worker | null {
    if (dead) return null
    if (worker) return worker
    const started = url.pathname.endsWith('.ts')
      ? new Worker(tsxBootstrap(url), { eval: true })
      : new Worker(url)
    // An idle parser must not keep the process alive.
    started.unref()
    started.on('message', settle)
    started.on('error', fallBack)
    started.on('exit', () => {
      if (!dead) fallBack()
    })
    worker = started
    return worker
  }

  function send(request: ParseRequest): Promise<ParsedSource | Int32Array> {
    const target = ensure()
    if (!target) return answer(request)
    return new Promise((resolve, reject) => {
      pending.set(request.id, { request, resolve, reject })
      target.postMessage(request)
    })
  }

  return {
    parse: (bytes, file) => send({ id: nextId++, bytes, file }) as Promise<ParsedSource>,
    relate: (keys) => send({ id: nextId++, keys }) as Promise<Int32Array>,
    async close() {
      const running = worker
      dead = true
      worker = null
      if (running) await running.terminate()
      fallBack()
    }
  }
}
