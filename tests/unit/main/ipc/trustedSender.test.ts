import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))
const { createSenderCheck, isAppPageUrl } = await import('../../../../src/main/ipc/trustedSender')

describe('isAppPageUrl', () => {
  it('accepts the built renderer page and the dev server origin only', () => {
    expect(isAppPageUrl('file:///opt/app/out/renderer/index.html')).toBe(true)
    expect(isAppPageUrl('file:///tmp/evil.html')).toBe(false)
    expect(isAppPageUrl('http://localhost:5173/')).toBe(false)
    expect(isAppPageUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true)
    expect(isAppPageUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isAppPageUrl('https://example.com/', 'http://localhost:5173')).toBe(false)
    expect(isAppPageUrl('not a url')).toBe(false)
  })
})

describe('createSenderCheck', () => {
  const contents = {}
  const win = { webContents: contents, isDestroyed: () => false }
  const check = createSenderCheck(() => win as never)
  const page = 'file:///opt/app/out/renderer/index.html'
  const event = (sender: unknown, frame: unknown) => ({ sender, senderFrame: frame }) as never

  it('trusts the main window’s top frame showing our page', () => {
    expect(check(event(contents, { url: page, parent: null }))).toBe(true)
  })

  it('refuses other web contents, sub-frames, other pages and missing frames', () => {
    expect(check(event({}, { url: page, parent: null }))).toBe(false)
    expect(check(event(contents, { url: page, parent: {} }))).toBe(false)
    expect(check(event(contents, { url: 'file:///tmp/x.html', parent: null }))).toBe(false)
    expect(check(event(contents, null))).toBe(false)
    expect(createSenderCheck(() => null)(event(contents, { url: page, parent: null }))).toBe(false)
  })
})
