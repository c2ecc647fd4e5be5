// The adapter between Electron's right-click and the menu template: the event it listens to,
// the menu it builds and pops up, and the web contents calls behind the spelling items.
import type { MenuItemConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow } from './fakeElectron'

const popup = vi.fn()
const buildFromTemplate = vi.fn<
  (template: MenuItemConstructorOptions[]) => { popup: typeof popup }
>(() => ({ popup }))
vi.mock('electron', () => ({ Menu: { buildFromTemplate } }))

const { installTextContextMenu } = await import('../../../../src/main/windows/textContextMenu')

const FLAGS = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }

function windowWithMenu() {
  const win = new FakeBrowserWindow({})
  const contents = Object.assign(win.webContents, {
    replaceMisspelling: vi.fn(),
    session: Object.assign(win.webContents.session, { addWordToSpellCheckerDictionary: vi.fn() })
  })
  installTextContextMenu(win as unknown as Electron.BrowserWindow)
  const rightClick = (params: Record<string, unknown>) =>
    contents.emit('context-menu', { preventDefault: vi.fn() }, params)
  return { win, contents, rightClick }
}

beforeEach(() => {
  popup.mockClear()
  buildFromTemplate.mockClear()
})

describe('installTextContextMenu', () => {
  it('pops up the edit menu over its window on a right-click in editable text', () => {
    const { win, rightClick } = windowWithMenu()
    rightClick({
      isEditable: true,
      selectionText: 'GIL',
      misspelledWord: '',
      dictionarySuggestions: [],
      editFlags: FLAGS
    })
    expect(buildFromTemplate).toHaveBeenCalledTimes(1)
    const labels = buildFromTemplate.mock.calls[0]![0].map((item) => item.label ?? item.type)
    expect(labels).toEqual(['Cut', 'Copy', 'Paste', 'separator', 'Select all'])
    expect(popup).toHaveBeenCalledWith({ window: win })
  })

  it('wires the spelling items to the window’s web contents and session', () => {
    const { contents, rightClick } = windowWithMenu()
    rightClick({
      isEditable: true,
      selectionText: '',
      misspelledWord: 'decoratr',
      dictionarySuggestions: ['decorator'],
      editFlags: FLAGS
    })
    const [suggestion, addWord] = buildFromTemplate.mock.calls[0]![0]
    suggestion!.click!({} as never, undefined, {} as never)
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('decorator')
    addWord!.click!({} as never, undefined, {} as never)
    expect(contents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('decoratr')
  })

  it('shows no menu where there is nothing to edit or copy', () => {
    const { rightClick } = windowWithMenu()
    rightClick({
      isEditable: false,
      selectionText: '',
      misspelledWord: '',
      dictionarySuggestions: [],
      editFlags: FLAGS
    })
    expect(buildFromTemplate).not.toHaveBeenCalled()
    expect(popup).not.toHaveBeenCalled()
  })
})
