/** The right-click menu in text: edit commands, and spelling suggestions on a misspelled word. */
import { Menu, type BrowserWindow } from 'electron'
import { textContextMenuTemplate } from '../menu/textContextMenuTemplate'

/** Shows the menu on right-click anywhere in the window's text (nothing elsewhere). */
export function installTextContextMenu(win: BrowserWindow): void {
  const contents = win.webContents
  contents.on('context-menu', (_event, params) => {
    const template = textContextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => {
        contents.session.addWordToSpellCheckerDictionary(word)
      }
    })
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win })
  })
}
