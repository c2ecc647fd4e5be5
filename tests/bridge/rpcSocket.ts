/**
 * The bridge's low-latency call path: one WebSocket per page at /__bridge/rpc carrying
 * `{ id, channel, args }` calls and `{ id, reply }` answers. A loopback fetch costs Chromium
 * several times a socket round trip for the same call (the ui bench's "call over HTTP / socket"
 * row), so the bench measured the stand-in transport rather than the app. The same gate as HTTP:
 * loopback Host, the per-run token cookie, and an Origin of this server (a page elsewhere
 * cannot open it). Test-only, never shipped.
 */
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type RawData } from 'ws'
import { hasToken, isLoopbackHost } from './httpAuth'

export const RPC_SOCKET_PATH = '/__bridge/rpc'

/** What a call answers: the HTTP status it would have had and the JSON body. */
export interface CallReply {
  status: number
  body: unknown
}

export type CallChannel = (channel: string, args: unknown) => Promise<CallReply>

// The largest valid call (a 5 MB answer) after JSON escaping, with room to spare.
const MAX_MESSAGE = 16 * 1024 * 1024

function allowedOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}

/** Serves calls over WebSocket on `server`; returns a function that closes every socket. */
export function attachRpcSocket(
  server: Server,
  options: { port: () => number; token: string; call: CallChannel }
): () => void {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE })
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const port = options.port()
    const path = new URL(request.url ?? '/', `http://127.0.0.1:${port}`).pathname
    const allowed =
      path === RPC_SOCKET_PATH &&
      isLoopbackHost(request, port) &&
      allowedOrigin(request, port) &&
      hasToken(request, options.token)
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      ws.on('message', (data: RawData) => {
        let message: { id?: unknown; channel?: unknown; args?: unknown }
        try {
          message = JSON.parse(data.toString()) as typeof message
        } catch {
          return ws.close(1003, 'Expected JSON')
        }
        const { id, channel, args } = message
        if (typeof id !== 'number' || typeof channel !== 'string')
          return ws.close(1003, 'Expected { id, channel, args }')
        void options.call(channel, args).then((reply) => {
          if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id, reply: reply.body }))
        })
      })
    })
  })
  return () => {
    for (const ws of sockets.clients) ws.terminate()
    sockets.close()
  }
}
