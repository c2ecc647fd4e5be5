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
  [['Esc'], 'Clear the search, then go to the results'],
  [[MOD, '\\'], 'Show or hide the sidebar']
]

export function Welcome({ overview }: { overview: CatalogOverview }) {
  const pct = (n: number): number =>
    overview.totalEntries ? Math.round((n / overview.totalEntries) * 100) : 0
  return (
    <div className="welcome" data-testid="welcome">
      <div className="welcome__card">
        <div className="welcome__icon">
          <Icon name="book" size={22} />
        </div>
        <h1>Pick a question to study</h1>
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
        <dl className="welcome__keys">
          {KEYS.map(([keys, what]) => (
            <div key={what}>
              <dt>
                {keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  )
}
