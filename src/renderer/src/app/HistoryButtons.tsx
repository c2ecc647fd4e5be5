/** Back and Forward through the opened questions, at the head of the question view. */
import { Icon } from '@renderer/components/Icon'
import { HISTORY_KEYS } from './useHistoryShortcuts'

export interface HistoryButtonsProps {
  canBack: boolean
  canForward: boolean
  onBack: () => void
  onForward: () => void
}

export function HistoryButtons({ canBack, canForward, onBack, onForward }: HistoryButtonsProps) {
  return (
    <div className="history-buttons" role="group" aria-label="History">
      <button
        type="button"
        className="btn btn--ghost btn--icon"
        aria-label="Back"
        title={`Back (${HISTORY_KEYS.back})`}
        aria-keyshortcuts={HISTORY_KEYS.aria.back}
        disabled={!canBack}
        onClick={onBack}
        data-testid="history-back"
      >
        <Icon name="back" />
      </button>
      <button
        type="button"
        className="btn btn--ghost btn--icon"
        aria-label="Forward"
        title={`Forward (${HISTORY_KEYS.forward})`}
        aria-keyshortcuts={HISTORY_KEYS.aria.forward}
        disabled={!canForward}
        onClick={onForward}
        data-testid="history-forward"
      >
        <Icon name="forward" />
      </button>
    </div>
  )
}
