/** Help → Keyboard shortcuts (Ctrl/Cmd+/ or `?`): every shortcut, grouped by where it works. */
import { Dialog } from '@renderer/components/Dialog'
import { ShortcutKeys } from './ShortcutKeys'
import { SHORTCUT_GROUPS } from './shortcutList'
import './help.css'

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog
      title="Keyboard shortcuts"
      className="help__dialog"
      testId="shortcuts-dialog"
      onClose={onClose}
    >
      {/* Three columns where there is room, so the whole list shows without scrolling. */}
      {/* Focusable, so the keyboard can scroll it when the window is short. */}
      <div className="help__scroll" tabIndex={0} role="region" aria-label="All keyboard shortcuts">
        <div className="help__groups">
          {SHORTCUT_GROUPS.map((group) => (
            <section key={group.name} aria-label={group.name}>
              <h3 className="help__heading">{group.name}</h3>
              <table className="help__table">
                <tbody>
                  {group.rows.map((row) => (
                    <tr key={row.keys + row.does}>
                      <th scope="row">
                        <ShortcutKeys keys={row.keys} />
                      </th>
                      <td>{row.does}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
      </div>
    </Dialog>
  )
}
