/** A small stand-in for the parts of `electron` the window code touches. */
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void
) => void
type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (ok: boolean) => void
) => void
type CheckHandler = (...args: unknown[]) => boolean

export class FakeSession {
  headersListener: HeadersListener | null = null
  requestHandler: RequestHandler | null = null
  checkHandler: CheckHandler | null = null
  webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersListener = listener
    }
  }
  setPermissionRequestHandler(handler: RequestHandler) {
    this.requestHandler = handler
  }
  setPermissionCheckHandler(handler: CheckHandler) {
    this.checkHandler = handler
  }
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  sent: Array<[string, unknown]> = []
  destroyed = false
  loading = false
  session = new FakeSession()
  setWindowOpenHandler(handler: NonNullable<FakeWebContents['windowOpenHandler']>): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload])
  }
  isDestroyed = () => this.destroyed
  isCrashed = () => false
  isLoading = () => this.loading
}

export class FakeBrowserWindow extends EventEmitter {
  static last: FakeBrowserWindow | null = null
  webContents = new FakeWebContents()
  loaded: string | null = null
  maximized = false
  closed = false
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.last = this
  }
  loadFile(file: string) {
    this.loaded = `file:${file}`
    return Promise.resolve()
  }
  loadURL(url: string) {
    this.loaded = url
    return Promise.resolve()
  }
  maximize() {
    this.maximized = true
  }
  shown = false
  show() {
    this.shown = true
  }
  isDestroyed = () => this.closed
  isMaximized = () => this.maximized
  getNormalBounds = () => ({ x: 10, y: 20, width: 900, height: 700 })
  close() {
    // Like Electron: 'close' can be prevented; otherwise the window goes.
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    if (!prevented) this.closed = true
  }
}

export const openExternal = vi.fn(async () => undefined)

export const electronMock = {
  BrowserWindow: FakeBrowserWindow,
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  shell: { openExternal, showItemInFolder: vi.fn() }
}
