/**
 * `window.notebook` for a plain browser: the NotebookApi over fetch (invoke) and EventSource
 * (events), talking to the test bridge on the same origin. Test-only; never shipped.
 * Search-as-you-type goes over a WebSocket once it is open: a loopback fetch costs Chromium
 * several times as much (the ui bench measures both). Only that read-only hot path moves, so saves keep their
 * `keepalive` fetch (they must outlive an unloading page) and their order with other calls.
 *
 * This file is compiled to a classic script and run in the page (Playwright's addInitScript, or
 * the <script> the bridge inserts into index.html), so it must not import anything at run time.
 */
import type { NotebookApi } from '../../../src/shared/ipc/api'

type Listener = (payload: unknown) => void
type Reply =
  { ok: true; result?: unknown } | { ok: false; error: { name: string; message: string } }

async function overFetch(channel: string, args: unknown[]): Promise<Reply> {
  const body = JSON.stringify(args)
  const response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body,
    // Lets the last save on page unload finish (the browser caps keepalive bodies at 64 KB).
    keepalive: body.length < 60_000
  })
  return (await response.json()) as Reply
}

/** Installs `window.notebook`; idempotent. */
export function installNotebookClient(): void {
  const w = window as unknown as { notebook?: NotebookApi }
  if (w.notebook) return
  const listeners = new Map<string, Set<Listener>>()
  let source: EventSource | null = null

  const connect = (): EventSource => {
    if (source) return source
    source = new EventSource('/__bridge/events')
    return source
  }

  const calls = new Map<number, (reply: Reply) => void>()
  let nextCall = 1
  let socket: WebSocket | null = null
  const openSocket = (): void => {
    const ws = new WebSocket(`ws://${location.host}/__bridge/rpc`)
    ws.addEventListener('open', () => (socket = ws))
    ws.addEventListener('message', (message) => {
      const { id, reply } = JSON.parse((message as MessageEvent<string>).data) as {
        id: number
        reply: Reply
      }
      calls.get(id)?.(reply)
      calls.delete(id)
    })
    ws.addEventListener('close', () => {
      if (socket === ws) socket = null
      // Calls still waiting on this socket get an error, as a dropped fetch would.
      for (const settle of calls.values())
        settle({ ok: false, error: { name: 'Error', message: 'The bridge closed the connection' } })
      calls.clear()
    })
  }
  const overSocket = (ws: WebSocket, channel: string, args: unknown[]): Promise<Reply> =>
    new Promise((settle) => {
      const id = nextCall++
      calls.set(id, settle)
      ws.send(JSON.stringify({ id, channel, args }))
    })

  const api = {
    async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      const reply =
        channel === 'search:query' && socket
          ? await overSocket(socket, channel, args)
          : await overFetch(channel, args)
      if (!reply.ok) {
        const error = new Error(reply.error.message)
        error.name = reply.error.name
        throw error
      }
      return reply.result
    },
    on(event: string, listener: Listener): () => void {
      let set = listeners.get(event)
      if (!set) {
        set = new Set()
        listeners.set(event, set)
        connect().addEventListener(event, (message) => {
          const payload: unknown = JSON.parse((message as MessageEvent<string>).data)
          for (const l of listeners.get(event) ?? []) l(payload)
        })
      }
      set.add(listener)
      return () => {
        set.delete(listener)
      }
    },
    // Test-only stand-in for Electron's webUtils.getPathForFile: the bridge maps a dropped
    // file's name into the folder named by STUDY_NOTEBOOK_TEST_DROP_DIR (off when unset).
    async pathForFile(file: File): Promise<string | null> {
      const response = await fetch(`/__bridge/drop-path?name=${encodeURIComponent(file.name)}`, {
        credentials: 'same-origin'
      })
      if (!response.ok) return null
      const reply = (await response.json()) as { path?: string }
      return reply.path ?? null
    }
  }
  // Connect at once so events sent before the first subscription are not the only way to learn
  // the bridge is alive (the server replays nothing; the page subscribes on start).
  connect()
  openSocket()
  w.notebook = api as unknown as NotebookApi
}
