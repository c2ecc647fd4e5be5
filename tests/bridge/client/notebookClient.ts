/**
 * `window.notebook` for a plain browser: the NotebookApi over fetch (invoke) and EventSource
 * (events), talking to the test bridge on the same origin. Test-only; never shipped.
 *
 * This file is compiled to a classic script and run in the page (Playwright's addInitScript, or
 * the <script> the bridge inserts into index.html), so it must not import anything at run time.
 */
import type { NotebookApi } from '../../../src/shared/ipc/api'

type Listener = (payload: unknown) => void

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

  const api = {
    async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      const body = JSON.stringify(args)
      const response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body,
        // Lets the last save on page unload finish (the browser caps keepalive bodies at 64 KB).
        keepalive: body.length < 60_000
      })
      const reply = (await response.json()) as
        { ok: true; result?: unknown } | { ok: false; error: { name: string; message: string } }
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
  w.notebook = api as unknown as NotebookApi
}
