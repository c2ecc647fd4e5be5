import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushOnClose } from '../../../../src/main/windows/flushOnClose'
import { FakeBrowserWindow } from './fakeElectron'

function windowWithGate(timeoutMs = 2000) {
  const win = new FakeBrowserWindow({})
  const gate = flushOnClose(win as never, timeoutMs)
  return { win, gate }
}

afterEach(() => vi.useRealTimers())

describe('flushOnClose', () => {
  it('asks the renderer to flush and closes once it has', () => {
    const { win, gate } = windowWithGate()
    win.close()
    expect(win.closed).toBe(false)
    expect(win.webContents.sent).toEqual([['app:flush-request', { reason: 'quit' }]])
    // A second close while waiting does not ask again.
    win.close()
    expect(win.webContents.sent).toHaveLength(1)
    gate.flushed()
    expect(win.closed).toBe(true)
  })

  it('closes anyway when the renderer never answers', () => {
    vi.useFakeTimers()
    const { win } = windowWithGate(2000)
    win.close()
    expect(win.closed).toBe(false)
    vi.advanceTimersByTime(2000)
    expect(win.closed).toBe(true)
  })

  it('closes at once when the page has nothing loaded to flush', () => {
    const { win } = windowWithGate()
    win.webContents.loading = true
    win.close()
    expect(win.closed).toBe(true)
    expect(win.webContents.sent).toEqual([])
  })

  it('ignores a flushed call with no close pending', () => {
    const { win, gate } = windowWithGate()
    gate.flushed()
    expect(win.closed).toBe(false)
  })
})
