/** The top bar's notice that a sync tool left conflicts: "2 sync conflicts", opening the chooser. */
import type { SyncConflict } from '@shared/ipc/conflictTypes'
import { Icon } from '@renderer/components/Icon'
import './SyncConflicts.css'

export interface SyncConflictsButtonProps {
  conflicts: SyncConflict[]
  onOpen: () => void
}

export function SyncConflictsButton({ conflicts, onOpen }: SyncConflictsButtonProps) {
  if (conflicts.length === 0) return null
  const count = conflicts.length
  const label = count === 1 ? '1 sync conflict' : `${count} sync conflicts`
  return (
    <button
      type="button"
      className="btn conflicts-badge"
      data-testid="conflicts-button"
      aria-label={label}
      title="Your sync tool kept two versions of some files: choose what to keep"
      onClick={onOpen}
    >
      <Icon name="alert" size={14} /> {count}
      {/* A narrow window keeps the count only, so the top bar stays on one line. */}
      <span className="conflicts-badge__words">
        {count === 1 ? ' sync conflict' : ' sync conflicts'}
      </span>
    </button>
  )
}
