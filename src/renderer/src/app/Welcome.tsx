/** The detail pane before any question is open: progress and the keyboard map. */
import type { CatalogOverview } from '@shared/ipc/types'
import { Icon } from '@renderer/components/Icon'

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl'

const KEYS: Array<[string[], string]> = [
  [[MOD, 'K'], 'Search'],
  [['/'], 'Search (outside text fields)'],
  [['↑', '↓'], 'Move through results (or j / k)'],
  [['Enter'], 'Open the highlighted question'],
  [['e'], 'Write my answer (outside text fields)'],
  [[MOD, 'Shift', 'E'], 'Jump into my answer from anywhere'],
  [['Esc'], 'Clear the search, or leave my answer, then go to the results'],
  [[MOD, '\\'], 'Show or hide the sidebar']
]

// Practice keys (useSessionKeys), shown so Study mode can be driven without the mouse.
const STUDY_KEYS: Array<[string[], string]> = [
  [['Space'], 'Reveal the reference answer'],
  [[MOD, 'Enter'], 'Reveal while typing a draft'],
  [['1', '2', '3', '4'], 'Grade: Again, Hard, Good, Easy']
]

function KeyList({ keys, label }: { keys: Array<[string[], string]>; label: string }) {
  return (
    <dl className="welcome__keys" aria-label={label}>
      {keys.map(([combo, what]) => (
        <div key={what}>
          <dt>
            {combo.map((k) => (
              <kbd key={k}>{k}</kbd>
            ))}
          </dt>
          <dd>{what}</dd>
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
