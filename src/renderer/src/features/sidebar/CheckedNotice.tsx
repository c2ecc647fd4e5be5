/** The one-time notice under a source whose checklist items start as Learning. */
import type { SourceInfo } from '@shared/ipc/types'
import { Icon } from '@renderer/components/Icon'
import { checkedCount, checkedMessage, useCheckedNotice } from './checkedNotice'

/** Shown until the user dismisses it or resets the items; nothing for other sources. */
export function CheckedNotice({ source }: { source: SourceInfo }) {
  const actions = useCheckedNotice()
  const count = checkedCount(source)
  if (!actions || count === 0 || actions.dismissed.includes(source.path)) return null
  return (
    // Its buttons take their own keys: the tree around it must not read Enter as "select row".
    <div
      className="tree__notice"
      role="note"
      data-testid="checked-notice"
      onKeyDown={(e) => e.stopPropagation()}
      onClick={(e) => e.stopPropagation()}
    >
      <span>{checkedMessage(count, source.kind)}.</span>
      <span className="tree__notice-actions">
        <button type="button" className="btn btn--small" onClick={() => actions.onReset(source)}>
          Reset to New
        </button>
        <button
          type="button"
          className="btn btn--ghost btn--icon btn--small"
          aria-label="Dismiss this notice"
          onClick={() => actions.onDismiss(source)}
        >
          <Icon name="x" size={12} />
        </button>
      </span>
    </div>
  )
}
