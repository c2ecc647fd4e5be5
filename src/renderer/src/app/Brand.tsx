/** The top-left corner: app mark, name and the sidebar toggle. */
import { Icon } from '@renderer/components/Icon'

const MOD = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform) ? '⌘' : 'Ctrl'

export function Brand({ sidebarOpen, onToggle }: { sidebarOpen: boolean; onToggle: () => void }) {
  return (
    <div className={`topbar__brand${sidebarOpen ? '' : ' topbar__brand--compact'}`}>
      <span className="topbar__logo" aria-hidden="true">
        <Icon name="book" size={14} />
      </span>
      <span className="topbar__title">Study Notebook</span>
      <button
        type="button"
        className="btn btn--ghost btn--icon topbar__sidebar-toggle"
        aria-label={sidebarOpen ? 'Hide sidebar' : 'Show sidebar'}
        aria-pressed={sidebarOpen}
        aria-controls="sidebar"
        title={`${sidebarOpen ? 'Hide' : 'Show'} sidebar (${MOD}+\\)`}
        data-testid="sidebar-toggle"
        onClick={onToggle}
      >
        <Icon name="sidebar" size={16} />
      </button>
    </div>
  )
}
