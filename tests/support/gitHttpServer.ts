/**
 * A real git server for tests: Debian's `git http-backend` (CGI) behind a small Node HTTP server
 * on 127.0.0.1 (random port), serving bare repositories in a temp folder, with optional Basic
 * auth. Test-only; the sync service talks to it exactly as it would to GitHub.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const BACKEND = '/usr/lib/git-core/git-http-backend'

export interface GitHttpServer {
  /** `http://127.0.0.1:<port>/` */
  origin: string
  /** The URL of a bare repository made with `createRepo`. */
  url(name: string): string
  /** Makes an empty bare repository `<name>.git` that accepts pushes. */
  createRepo(name: string): string
  /** Runs the git binary in a repository of the server (to inspect what was pushed). */
  git(name: string, ...args: string[]): string
  /** Stops answering (and refuses new connections) until `start()` again on the same port. */
  stop(): Promise<void>
  start(): Promise<void>
  close(): Promise<void>
}

export interface GitHttpServerOptions {
  /** When set, every request must carry Basic auth with this password (any user name). */
  password?: string
}

/** Starts the server; `close()` removes its repositories. */
export async function startGitHttpServer(
  options: GitHttpServerOptions = {}
): Promise<GitHttpServer> {
  const root = mkdtempSync(join(tmpdir(), 'git-http-'))
  let port = 0
  let server: Server | null = null
  const sockets = new Set<Socket>()

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    if (options.password !== undefined && !authorised(request, options.password)) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="test"' })
      response.end('Unauthorized')
      return
    }
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => runBackend(request, Buffer.concat(chunks), response))
  }

  const runBackend = (request: IncomingMessage, body: Buffer, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const child = spawn(BACKEND, [], {
      env: {
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: request.method ?? 'GET',
        CONTENT_TYPE: request.headers['content-type'] ?? '',
        CONTENT_LENGTH: String(body.length),
        REMOTE_ADDR: '127.0.0.1',
        REMOTE_USER: 'test',
        ...(request.headers['git-protocol']
          ? { GIT_PROTOCOL: String(request.headers['git-protocol']) }
          : {}),
        ...(request.headers['content-encoding']
          ? { HTTP_CONTENT_ENCODING: String(request.headers['content-encoding']) }
          : {})
      }
    })
    const out: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.on('close', () => {
      const all = Buffer.concat(out)
      const split = all.indexOf('\r\n\r\n')
      const headerEnd = split >= 0 ? split : all.indexOf('\n\n')
      const sepLength = split >= 0 ? 4 : 2
      const head = all.subarray(0, Math.max(0, headerEnd)).toString('latin1')
      const headers: Record<string, string> = {}
      let status = 200
      for (const line of head.split(/\r?\n/)) {
        const colon = line.indexOf(':')
        if (colon < 0) continue
        const name = line.slice(0, colon).trim().toLowerCase()
        const value = line.slice(colon + 1).trim()
        if (name === 'status') status = Number.parseInt(value, 10)
        else headers[name] = value
      }
      response.writeHead(status, headers)
      response.end(all.subarray(headerEnd + sepLength))
    })
    // The backend may answer (and exit) before reading a refused push's body.
    child.stdin.on('error', () => undefined)
    child.on('error', () => response.destroy())
    child.stdin.end(body)
  }

  const listen = (): Promise<void> =>
    new Promise((resolve) => {
      if (server) return resolve()
      server = createServer(handle)
      server.on('connection', (socket) => {
        sockets.add(socket)
        socket.on('close', () => sockets.delete(socket))
      })
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port
        resolve()
      })
    })

  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (!server) return resolve()
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
      server = null
    })

  await listen()
  const gitIn = (name: string, ...args: string[]): string => {
    const result = spawnSync('git', args, { cwd: join(root, `${name}.git`), encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`)
    return result.stdout
  }
  return {
    get origin() {
      return `http://127.0.0.1:${port}/`
    },
    url: (name) => `http://127.0.0.1:${port}/${name}.git`,
    createRepo(name) {
      const dir = join(root, `${name}.git`)
      const init = spawnSync('git', ['init', '--bare', '--initial-branch=main', dir])
      if (init.status !== 0) throw new Error(`git init --bare failed: ${init.stderr}`)
      gitIn(name, 'config', 'http.receivepack', 'true')
      return dir
    },
    git: gitIn,
    stop,
    start: listen,
    async close() {
      await stop()
      rmSync(root, { recursive: true, force: true })
    }
  }
}

function authorised(request: IncomingMessage, password: string): boolean {
  const header = request.headers.authorization ?? ''
  if (!header.startsWith('Basic ')) return false
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8')
  return decoded.slice(decoded.indexOf(':') + 1) === password
}
