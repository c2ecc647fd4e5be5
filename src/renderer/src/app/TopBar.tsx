/**
 * The top bar: brand and sidebar toggle, the search box, indexing status and the app's actions.
 * The actions form one toolbar (one Tab stop, arrows inside) so Tab goes from the search box to
 * the filters quickly.
 */
import type { ReactNode, Ref } from 'react'
import type { IndexProgress } from '@shared/ipc/types'
import type { ThemePreference } from '@shared/settings'
import { call } from '@renderer/api/notebookClient'
import { Icon } from '@renderer/components/Icon'
import { RovingToolbar } from '@renderer/components/RovingToolbar'
import { Brand } from './Brand'
import { IndexStatus } from './IndexStatus'
import { ThemeToggle } from './ThemeToggle'
import type { SidebarState } from './useSidebarOpen'

export interface TopBarProps {
  sidebar: SidebarState
  toggleRef: Ref<HTMLButtonElement>
  /** The search box, as the notebook wires it. */
  search: ReactNode
  /** Shown before the indexing status (the sync-conflicts badge). */
  status?: ReactNode
  progress: IndexProgress | null
  studying: boolean
  theme: ThemePreference
  onTheme: (theme: ThemePreference) => void
  onNewQuestion: () => void
  onStudy: () => void
  onExport: () => void
  onBackups: () => void
  onAliases: () => void
  onSettings: () => void
}

export function TopBar(props: TopBarProps) {
  return (
    <header className="topbar">
      <Brand
        sidebarOpen={props.sidebar.open}
        overlay={props.sidebar.overlay}
        onToggle={props.sidebar.toggle}
        toggleRef={props.toggleRef}
      />
      {props.search}
      <div className="topbar__spacer" />
      {props.status}
      <IndexStatus progress={props.progress} onCancel={() => void call('sources:cancel')} />
      <RovingToolbar label="Notebook actions" className="topbar__actions">
        <button
          type="button"
          className="btn topbar__new"
          aria-label="New question"
          title="New question (Ctrl/Cmd+N)"
          onClick={props.onNewQuestion}
        >
          <Icon name="plus" size={14} /> <span className="topbar__label">New question</span>
        </button>
        <button
          type="button"
          className="btn"
          aria-label="Study"
          aria-pressed={props.studying}
          data-testid="study-button"
          onClick={props.onStudy}
        >
          <Icon name="book" size={14} /> <span className="topbar__label">Study</span>
        </button>
        <button
          type="button"
          className="btn"
          aria-label="Export"
          data-testid="export-button"
          onClick={props.onExport}
        >
          <Icon name="download" size={14} /> <span className="topbar__label">Export</span>
        </button>
        <button
          type="button"
          className="btn"
          aria-label="Backups"
          data-testid="backup-button"
          title="Back up your notes or restore a backup"
          onClick={props.onBackups}
        >
          <Icon name="archive" size={14} /> <span className="topbar__label">Backups</span>
        </button>
        <button
          type="button"
          className="btn btn--ghost btn--icon"
          data-testid="aliases-button"
          aria-label="Search aliases"
          title="Search aliases: your own names for things (GIL = global interpreter lock)"
          onClick={props.onAliases}
        >
          <Icon name="tag" size={14} />
        </button>
        <ThemeToggle preference={props.theme} onChange={props.onTheme} />
        <button
          type="button"
          className="btn btn--ghost btn--icon"
          data-testid="settings-button"
          aria-label="Settings"
          title="Settings (Ctrl/Cmd+,)"
          onClick={props.onSettings}
        >
          <Icon name="gear" size={16} />
        </button>
      </RovingToolbar>
    </header>
  )
}
