import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type Dialog<R> = (...args: unknown[]) => Promise<R>
const dialog = {
  showMessageBox: vi.fn<Dialog<{ response: number }>>(async () => ({ response: 0 })),
  showOpenDialog: vi.fn<Dialog<{ canceled: boolean; filePaths: string[] }>>(async () => ({
    canceled: false,
    filePaths: ['/a.md', '/b']
  })),
  showSaveDialog: vi.fn<Dialog<{ canceled: boolean; filePath: string }>>(async () => ({
    canceled: false,
    filePath: '/out.md'
  }))
}
const shell = { openExternal: vi.fn(async () => undefined), showItemInFolder: vi.fn() }
vi.mock('electron', () => ({ dialog, shell }))

const { createElectronHost } = await import('../../../../src/main/ipc/electronHost')

const win = { id: 1 }
const onFlushed = vi.fn()
const host = createElectronHost(() => win as never, onFlushed)

type OpenOptions = { properties: string[] }
const realPlatform = process.platform
function setPlatform(platform: NodeJS.Platform) {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true })
}

beforeEach(() => vi.clearAllMocks())
afterEach(() => setPlatform(realPlatform))

describe('createElectronHost', () => {
  it('on macOS, opens one multi-select dialog for files and folders', async () => {
    setPlatform('darwin')
    expect(await host['dialog:pickPath']({ kind: 'open-sources' })).toEqual(['/a.md', '/b'])
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] as [unknown, OpenOptions]
    expect(parent).toBe(win)
    expect(options.properties).toEqual(['openFile', 'openDirectory', 'multiSelections'])
    expect(dialog.showMessageBox).not.toHaveBeenCalled()
  })

  it('elsewhere, asks files or folder first, since one dialog cannot pick both', async () => {
    setPlatform('linux')
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0 })
    await host['dialog:pickPath']({ kind: 'open-sources' })
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1 })
    await host['dialog:pickPath']({ kind: 'open-sources' })
    const properties = dialog.showOpenDialog.mock.calls.map((c) => (c[1] as OpenOptions).properties)
    expect(properties).toEqual([
      ['openFile', 'multiSelections'],
      ['openDirectory', 'multiSelections']
    ])
    dialog.showMessageBox.mockResolvedValueOnce({ response: 2 })
    expect(await host['dialog:pickPath']({ kind: 'open-sources' })).toEqual([])
    expect(dialog.showOpenDialog).toHaveBeenCalledTimes(2)
  })

  it('uses a save dialog for a single export file and returns [] when cancelled', async () => {
    expect(await host['dialog:pickPath']({ kind: 'export-file', defaultName: 'notes.md' })).toEqual(
      ['/out.md']
    )
    expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath: 'notes.md' })
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await host['dialog:pickPath']({ kind: 'notebook-folder' })).toEqual([])
  })

  it('opens only http(s) links and shows only absolute paths', async () => {
    expect(await host['shell:openExternal']('javascript:alert(1)')).toBe(false)
    expect(await host['shell:openExternal']('https://example.com/')).toBe(true)
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/']])
    await expect(host['shell:showItemInFolder']('relative/file.md')).rejects.toThrow(/absolute/)
    await host['shell:showItemInFolder']('/tmp/export.md')
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/tmp/export.md')
  })

  it('passes app:flushed on to the quit flow', async () => {
    await host['app:flushed']()
    expect(onFlushed).toHaveBeenCalledOnce()
  })
})
