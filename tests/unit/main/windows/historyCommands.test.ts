import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { BrowserWindow } from 'electron'
import { forwardHistoryCommands } from '../../../../src/main/windows/historyCommands'

describe('forwardHistoryCommands', () => {
  it("sends the mouse's back and forward buttons (Windows app-command) to the page", () => {
    const win = new EventEmitter()
    const send = vi.fn()
    forwardHistoryCommands(win as unknown as Pick<BrowserWindow, 'on'>, send)
    win.emit('app-command', {}, 'browser-backward')
    win.emit('app-command', {}, 'browser-forward')
    win.emit('app-command', {}, 'media-play-pause')
    expect(send.mock.calls).toEqual([['go-back'], ['go-forward']])
  })
})
