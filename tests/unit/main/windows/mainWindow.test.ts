import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryStore } from '../../../../src/main/store/keyValueStore'
import { FakeBrowserWindow, openExternal } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { createMainWindow } = await import('../../../../src/main/windows/mainWindow')

function open(storeData: Record<string, unknown> = {}, devServerUrl?: string) {
  const store = createMemoryStore(storeData)
  createMainWindow({
    store,
    preload: '/app/out/preload/index.cjs',
    rendererFile: '/app/out/renderer/index.html',
    ...(devServerUrl ? { devServerUrl } : {})
  })
  const win = FakeBrowserWindow.last
  if (!win) throw new Error('no window')
  return { win, store, contents: win.webContents }
}

function navigationEvent() {
  return { preventDefault: vi.fn() }
}

beforeEach(() => openExternal.mockClear())

describe('main window security', () => {
  it('isolates and sandboxes the renderer, with no Node and web security on', () => {
    const { win } = open()
    expect(win.options['webPreferences']).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick'
    })
    expect(win.loaded).toBe('file:/app/out/renderer/index.html')
  })

  it('blocks navigation; http(s) links go to the system browser, others nowhere', () => {
    const { contents } = open()
    for (const url of [
      'https://docs.djangoproject.com/',
      'javascript:alert(1)',
      'file:///etc/passwd'
    ]) {
      const event = navigationEvent()
      contents.emit('will-navigate', event, url)
      expect(event.preventDefault).toHaveBeenCalled()
    }
    expect(openExternal.mock.calls).toEqual([['https://docs.djangoproject.com/']])
    const redirect = navigationEvent()
    contents.emit('will-redirect', redirect, 'https://evil.example/')
    expect(redirect.preventDefault).toHaveBeenCalled()
    const webview = navigationEvent()
    contents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
  })

  it('denies every new window, opening only http(s) URLs externally', () => {
    const { contents } = open()
    expect(contents.windowOpenHandler?.({ url: 'https://fastapi.tiangolo.com/' })).toEqual({
      action: 'deny'
    })
    expect(contents.windowOpenHandler?.({ url: 'data:text/html,<script>1</script>' })).toEqual({
      action: 'deny'
    })
    expect(openExternal.mock.calls).toEqual([['https://fastapi.tiangolo.com/']])
  })

  it('denies every permission request and check but writing text to the clipboard', () => {
    const { contents } = open()
    const ask = (permission: string) => {
      const answer = vi.fn()
      contents.session.requestHandler?.(contents, permission, answer)
      return [
        answer.mock.calls[0]?.[0],
        contents.session.checkHandler?.(contents, permission, 'file://')
      ]
    }
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      expect(ask(permission)).toEqual([false, false])
    }
    expect(ask('clipboard-sanitized-write')).toEqual([true, true])
  })

  it('sends a strict Content-Security-Policy header on every response', () => {
    const { contents } = open()
    let headers: Record<string, string[]> = {}
    contents.session.headersListener?.({ responseHeaders: { 'X-Other': ['1'] } }, (r) => {
      headers = r.responseHeaders
    })
    expect(headers['X-Other']).toEqual(['1'])
    const csp = headers['Content-Security-Policy']?.[0] ?? ''
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values] as const
      })
    )
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(csp).not.toMatch(/https?:|\*/)
  })

  it('widens the policy only for the dev server origin in development', () => {
    const { contents, win } = open({}, 'http://localhost:5173/')
    let csp = ''
    contents.session.headersListener?.({}, (r) => {
      csp = r.responseHeaders['Content-Security-Policy']?.[0] ?? ''
    })
    expect(csp).toContain("script-src 'self' http://localhost:5173;")
    expect(csp).toContain('ws://localhost:5173')
    expect(csp).not.toContain('unsafe-eval')
    expect(win.loaded).toBe('http://localhost:5173/')
  })
})

describe('main window bounds', () => {
  it('restores the stored size, position and maximised state', () => {
    const { win } = open({
      window: { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true }
    })
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 })
    win.emit('ready-to-show')
    expect(win.maximized).toBe(true)
  })

  it('ignores bounds that would be off every screen', () => {
    const { win } = open({ window: { bounds: { x: 5000, y: 50, width: 1000, height: 700 } } })
    expect(win.options['x']).toBeUndefined()
    expect(win.options).toMatchObject({ width: 1280, height: 800 })
  })

  it('saves the bounds when the window closes', () => {
    const { win, store } = open()
    win.maximized = true
    win.emit('close', { preventDefault: () => undefined })
    expect(store.get('window')).toEqual({
      bounds: { x: 10, y: 20, width: 900, height: 700 },
      maximized: true
    })
  })
})
