/** The detail pane before any question is open: progress and the keyboard map. */
import type { CatalogOverview } from '@shared/ipc/types'
import { Icon } from '@renderer/components/Icon'
import { ShortcutKeys } from '@renderer/features/help/ShortcutKeys'
import { SHORTCUT_GROUPS, type ShortcutRow } from '@renderer/features/help/shortcutList'

// The essentials of Help → Keyboard shortcuts (one list: features/help/shortcutList.ts).
const KEYS = SHORTCUT_GROUPS.filter((g) => g.name !== 'Study').flatMap((g) =>
  g.rows.filter((r) => r.welcome)
)
// Practice keys (useSessionKeys), shown so Study mode can be driven without the mouse.
const STUDY_KEYS = SHORTCUT_GROUPS.filter((g) => g.name === 'Study').flatMap((g) =>
  g.rows.filter((r) => r.welcome)
)

function KeyList({ keys, label }: { keys: ShortcutRow[]; label: string }) {
  return (
    <dl className="welcome__keys" aria-label={label}>
      {keys.map((row) => (
        <div key={row.keys + row.does}>
          <dt>
            <ShortcutKeys keys={row.keys} combos />
          </dt>
          <dd>{row.does}</dd>
        </div>
      ))}
    </dl>
  )
}

export function Welcome({ overview }: { overview: CatalogOverview }) {
  const pct = (n: number): number =>
    overview.totalEntries ? Math.round((n / overview.totalEntries) * 100) : 0
  return (
    // Focusable so that keyboard users can scroll it when the window is short.
    <div
      className="welcome"
      data-testid="welcome"
      role="region"
      aria-labelledby="welcome-title"
      tabIndex={0}
    >
      <div className="welcome__card">
        <div className="welcome__icon">
          <Icon name="book" size={22} />
        </div>
        <h1 id="welcome-title">Pick a question to study</h1>
        <p>
          Search or browse on the left, open a question, and write your own answer beside the
          reference. Everything is saved as Markdown on this computer.
        </p>
        <div className="welcome__stats">
          <div>
            <strong>{overview.totalEntries.toLocaleString()}</strong>
            <span>questions</span>
          </div>
          <div>
            <strong>{overview.answered.toLocaleString()}</strong>
            <span>answered · {pct(overview.answered)}%</span>
          </div>
          <div>
            <strong>{overview.confident.toLocaleString()}</strong>
            <span>confident · {pct(overview.confident)}%</span>
          </div>
        </div>
        <KeyList keys={KEYS} label="Keyboard shortcuts" />
        <h2 className="welcome__subhead">In Study mode</h2>
        <KeyList keys={STUDY_KEYS} label="Study mode keys" />
      </div>
    </div>
  )
}
