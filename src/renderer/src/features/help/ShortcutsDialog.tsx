/** Help → Keyboard shortcuts (Ctrl/Cmd+/ or `?`): every shortcut, grouped by where it works. */
import { Dialog } from '@renderer/components/Dialog'
import { SHORTCUT_GROUPS } from './shortcutList'
import './help.css'

/** "Ctrl/Cmd+K or /" → <kbd>Ctrl/Cmd+K</kbd> or <kbd>/</kbd>. */
function Keys({ keys }: { keys: string }) {
  const parts = keys.split(/( or |, | \/ )/)
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="help__sep">
            {part.trim() === '/' ? ' / ' : part}
          </span>
        ) : (
          <kbd key={i}>{part}</kbd>
        )
      )}
    </>
  )
}

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" wide testId="shortcuts-dialog" onClose={onClose}>
      <div className="help__groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.name} aria-label={group.name}>
            <h3 className="help__heading">{group.name}</h3>
            <table className="help__table">
              <tbody>
                {group.rows.map((row) => (
                  <tr key={row.keys + row.does}>
                    <th scope="row">
                      <Keys keys={row.keys} />
                    </th>
                    <td>{row.does}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </Dialog>
  )
}
