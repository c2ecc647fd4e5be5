/** The top-left corner: app mark, name and the sidebar toggle. */
import type { Ref } from 'react'
import { Icon } from '@renderer/components/Icon'

const MOD = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform) ? '⌘' : 'Ctrl'

export function Brand(props: {
  sidebarOpen: boolean
  /** The sidebar is an overlay (narrow window): the toggle opens and closes it. */
  overlay?: boolean
  onToggle: () => void
  toggleRef?: Ref<HTMLButtonElement>
}) {
  const { sidebarOpen, overlay, onToggle, toggleRef } = props
  const docked = sidebarOpen && !overlay
  return (
    <div className={`topbar__brand${docked ? '' : ' topbar__brand--compact'}`}>
      <span className="topbar__logo" aria-hidden="true">
        <Icon name="book" size={14} />
      </span>
      <span className="topbar__title">Study Notebook</span>
      <button
        ref={toggleRef}
        type="button"
        className="btn btn--ghost btn--icon topbar__sidebar-toggle"
        aria-label={sidebarOpen ? 'Hide sidebar' : 'Show sidebar'}
        // An overlay opens and closes (expanded); a docked sidebar is a setting (pressed).
        aria-pressed={overlay ? undefined : sidebarOpen}
        aria-expanded={overlay ? sidebarOpen : undefined}
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
