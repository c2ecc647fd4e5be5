/**
 * The loopback test bridge: the built renderer and the real notebook service in one HTTP server
 * on 127.0.0.1, so the app runs in a plain Chromium without Electron. Test-only, never shipped.
 *
 *   GET  /?token=…            sets the token cookie, redirects to /
 *   GET  /…                   static files from out/renderer
 *   POST /rpc/<channel>       JSON array of args → validateArgs → the service's handler
 *   WS   /__bridge/rpc        the same calls over one socket (see rpcSocket.ts)
 *   GET  /__bridge/events     Server-Sent Events (main → renderer events)
 *   GET  /__bridge/client.js  the `window.notebook` client as a classic script
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  createNotebookService,
  type NotebookService
} from '../../src/main/services/notebook/createNotebookService'
import { openConfStore } from '../../src/main/store/openConfStore'
import { filesFromArgv, isRegularFileOnDisk } from '../../src/main/services/opened/filesFromArgv'
import type { FolderIo } from '../../src/main/services/files/folderIo'
import type { ThemePreference } from '../../src/shared/settings'
import { createMemorySecretStoreForTests } from '../../src/main/services/sync/secretStore'
import type { EventName } from '../../src/shared/ipc/channels'
import type { EventPayloads } from '../../src/shared/ipc/contract'
import type { PathPickRequest } from '../../src/shared/ipc/types'
import { InvalidArgumentsError, isChannel, validateArgs } from '../../src/shared/ipc/validateArgs'
import { notebookClientScript } from './clientScript'
import { hasToken, isLoopbackHost, queryToken, tokenCookie } from './httpAuth'
import { attachRpcSocket, type CallReply } from './rpcSocket'
import { CLIENT_SCRIPT_PATH, serveStatic } from './staticFiles'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
// The largest valid call (a 5 MB answer) after JSON escaping, with room to spare.
const MAX_BODY = 16 * 1024 * 1024

export interface BridgeOptions {
  /** The app's data folder (config.json, notebook/, …); the caller owns it. */
  dataDir: string
  seedsDir?: string
  rendererDir?: string
  /** Insert the client <script> into index.html (preview); Playwright injects it itself. */
  injectClient?: boolean
  port?: number
  /** Answers for `dialog:pickPath`, first in first out; [] (cancelled) when empty. */
  pickQueue?: string[][]
  watchNotes?: boolean
  /** File operations of the notebook-folder move (a failing one, to test that nothing is lost). */
  folderIo?: FolderIo
  /** The search worker's script (the ui bench runs the built one, as the app does). */
  searchWorkerUrl?: URL
  /** The parse workers' script (the ui bench runs the built one, as the app does). */
  parseWorkerUrl?: URL
}

export interface Bridge {
  /** Origin with trailing slash, e.g. http://127.0.0.1:43121/ */
  origin: string
  /** Open this first: it carries the token and sets the session cookie. */
  entryUrl: string
  token: string
  dataDir: string
  service: NotebookService
  pickQueue: string[][]
  /** Every `dialog:pickPath` request the page made. */
  pickRequests: PathPickRequest[]
  /** URLs the page asked to open in the system browser. */
  openedExternal: string[]
  /** Every theme main applied natively (nativeTheme.themeSource in the app), oldest first. */
  nativeThemes: ThemePreference[]
  /**
   * "The OS opened these with the app": a launch's command line (argv[0] is the executable),
   * parsed as the app parses its own, then handed to the service as the app does.
   */
  osOpen(argv: string[], cwd?: string): string[]
  /** Sends a main → renderer event, as the service would (to show a state on demand). */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void
  /** Asks the page to save everything, as the app does on quit; true when it confirmed. */
  requestFlush(timeoutMs?: number): Promise<boolean>
  close(): Promise<void>
}

/** Starts the bridge; resolves once it listens and the service has loaded the catalog. */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = randomBytes(24).toString('base64url')
  const rendererDir = options.rendererDir ?? join(repoRoot, 'out', 'renderer')
  const seedsDir = options.seedsDir ?? join(repoRoot, 'resources', 'seeds')
  const pickQueue = options.pickQueue ?? []
  const pickRequests: PathPickRequest[] = []
  const openedExternal: string[] = []
  const nativeThemes: ThemePreference[] = []
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    version: string
    license?: string
  }
  const streams = new Set<ServerResponse>()
  const flushWaiters = new Set<() => void>()

  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]): void => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
    for (const stream of streams) stream.write(frame)
  }

  const { store, notices } = await openConfStore(options.dataDir)
  const service = createNotebookService({
    dataDir: options.dataDir,
    seedsDir,
    store,
    emit,
    notices,
    watchNotes: options.watchNotes ?? true,
    appInfo: { version: pkg.version, license: pkg.license ?? 'not stated' },
    onSettings: (settings) => nativeThemes.push(settings.theme),
    ...(options.folderIo ? { folderIo: options.folderIo } : {}),
    ...(options.searchWorkerUrl ? { searchWorkerUrl: options.searchWorkerUrl } : {}),
    ...(options.parseWorkerUrl ? { parseWorkerUrl: options.parseWorkerUrl } : {}),
    // Test-only: the sync token stays in this process's memory (the app uses safeStorage).
    secrets: createMemorySecretStoreForTests(),
    device: 'test-bridge',
    host: {
      'dialog:pickPath': async (request) => {
        pickRequests.push(request)
        return pickQueue.shift() ?? []
      },
      // The native "Add these dropped items?" box: answered yes in tests, which can drop only
      // files inside the folder STUDY_NOTEBOOK_TEST_DROP_DIR names.
      'dialog:confirmDrop': async (paths) => {
        const dir = process.env['STUDY_NOTEBOOK_TEST_DROP_DIR']
        return !!dir && paths.every((p) => dirname(p) === resolve(dir))
      },
      'shell:openExternal': async (url) => {
        openedExternal.push(url)
        return true
      },
      'shell:showItemInFolder': async () => undefined,
      'app:flushed': async () => {
        for (const resolveWaiter of flushWaiters) resolveWaiter()
        flushWaiters.clear()
      }
    }
  })

  let port = 0
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, failure(error))
      else response.end()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isLoopbackHost(request, port)) return sendText(response, 403, 'Forbidden host')
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
    if (request.method === 'GET' && queryToken(url, token)) {
      url.searchParams.delete('token')
      response.writeHead(303, {
        location: url.pathname + url.search,
        'set-cookie': tokenCookie(token),
        'cache-control': 'no-store'
      })
      return void response.end()
    }
    if (!hasToken(request, token)) return sendText(response, 403, 'Missing or wrong bridge token')

    if (request.method === 'POST' && url.pathname.startsWith('/rpc/'))
      return rpc(request, response, url)
    if (request.method !== 'GET') return sendText(response, 405, 'Method not allowed')
    if (url.pathname === '/__bridge/events') return openStream(request, response)
    if (url.pathname === '/__bridge/drop-path') return dropPath(url, response)
    if (url.pathname === CLIENT_SCRIPT_PATH) {
      response.writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'no-store'
      })
      return void response.end(notebookClientScript())
    }
    return serveStatic(rendererDir, url.pathname, response, {
      injectClient: options.injectClient ?? false
    })
  }

  async function rpc(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    // A JSON content type cannot be sent cross-site without a CORS preflight, which we never grant.
    if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
      return sendText(response, 415, 'Expected application/json')
    let raw: unknown
    try {
      raw = JSON.parse(await readBody(request))
    } catch (error) {
      return sendJson(response, 400, failure(error))
    }
    const reply = await callChannel(decodeURIComponent(url.pathname.slice('/rpc/'.length)), raw)
    sendJson(response, reply.status, reply.body)
  }

  /** One call, from HTTP or the socket: validated exactly as `ipcMain.handle` validates it. */
  async function callChannel(channel: string, raw: unknown): Promise<CallReply> {
    if (!isChannel(channel))
      return { status: 404, body: failure(new InvalidArgumentsError(`Unknown channel ${channel}`)) }
    if (!Array.isArray(raw))
      return {
        status: 400,
        body: failure(new InvalidArgumentsError('Expected an array of arguments'))
      }
    try {
      const args = validateArgs(channel, raw)
      const handler = service[channel] as (...a: unknown[]) => Promise<unknown>
      return { status: 200, body: { ok: true, result: await handler(...(args as unknown[])) } }
    } catch (error) {
      return { status: error instanceof InvalidArgumentsError ? 400 : 500, body: failure(error) }
    }
  }

  // Files "dropped" in a test: only names inside the folder an explicit env var names.
  function dropPath(url: URL, response: ServerResponse): void {
    const dir = process.env['STUDY_NOTEBOOK_TEST_DROP_DIR']
    const name = basename(url.searchParams.get('name') ?? '')
    const path = dir && name ? join(dir, name) : null
    if (!path || !existsSync(path)) return sendText(response, 404, 'No such dropped file')
    sendJson(response, 200, { path })
  }

  function openStream(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive'
    })
    response.write(': connected\n\n')
    streams.add(response)
    const heartbeat = setInterval(() => response.write(': ping\n\n'), 15_000)
    request.on('close', () => {
      clearInterval(heartbeat)
      streams.delete(response)
    })
  }

  const closeSockets = attachRpcSocket(server, { port: () => port, token, call: callChannel })

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  port = (server.address() as AddressInfo).port
  await service.ready
  const origin = `http://127.0.0.1:${port}/`

  return {
    origin,
    entryUrl: `${origin}?token=${token}`,
    token,
    dataDir: options.dataDir,
    service,
    pickQueue,
    pickRequests,
    openedExternal,
    nativeThemes,
    osOpen(argv, cwd = process.cwd()) {
      const files = filesFromArgv(argv, { cwd, isRegularFile: isRegularFileOnDisk })
      service.openFiles(files)
      return files
    },
    emit,
    requestFlush(timeoutMs = 5000) {
      return new Promise<boolean>((resolveFlush) => {
        const timer = setTimeout(() => {
          flushWaiters.delete(done)
          resolveFlush(false)
        }, timeoutMs)
        const done = (): void => {
          clearTimeout(timer)
          resolveFlush(true)
        }
        flushWaiters.add(done)
        emit('app:flush-request', { reason: 'quit' })
      })
    },
    async close() {
      for (const stream of streams) stream.end()
      streams.clear()
      closeSockets()
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
      await service.dispose()
    }
  }
}

// An over-large body is read to its end and dropped, then answered with a 400: destroying the
// request mid-upload reset the connection, so the client saw no answer at all.
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY) chunks.push(chunk)
      else chunks.length = 0
    })
    request.on('end', () => {
      if (size > MAX_BODY)
        reject(
          new InvalidArgumentsError(
            `The request is ${Math.round(size / (1024 * 1024))} MB, more than the ${MAX_BODY / (1024 * 1024)} MB the bridge accepts; send less at once.`
          )
        )
      else resolveBody(Buffer.concat(chunks).toString('utf8'))
    })
    request.on('error', reject)
  })
}

function failure(error: unknown): { ok: false; error: { name: string; message: string } } {
  return {
    ok: false,
    error:
      error instanceof Error
        ? { name: error.name, message: error.message }
        : { name: 'Error', message: String(error) }
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
  response.end(JSON.stringify(body))
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
  response.end(text)
}
