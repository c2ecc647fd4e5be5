/**
 * The result count above the list ("12 results", or the catalog size before a search) and its
 * announcement: the visible count follows every keystroke, the live region only says the count
 * once the results have settled and typing has paused, so a screen reader is not read each step.
 */
import { countOf } from '@renderer/components/countOf'
import { LiveMessage } from '@renderer/components/LiveMessage'
import { useSettledValue } from '@renderer/hooks/useSettledValue'

export interface ResultCountProps {
  /** A query or filter is in force (else the catalog's size is shown). */
  active: boolean
  loading: boolean
  total: number
  catalogTotal: number
}

/** How long the count must hold still before it is announced. */
export const ANNOUNCE_AFTER_MS = 700

export function ResultCount({ active, loading, total, catalogTotal }: ResultCountProps) {
  const text = active
    ? loading && total === 0
      ? 'Searching…'
      : countOf(total, 'result')
    : countOf(catalogTotal, 'question')
  // Only a finished search is worth saying; the catalog size is no news either.
  const settled = useSettledValue(active && !loading ? text : '', ANNOUNCE_AFTER_MS)
  return (
    <>
      <span
        className="result-count"
        data-testid="result-count"
        // Busy while the shown results still answer an earlier query.
        aria-busy={active && loading ? true : undefined}
      >
        {text}
      </span>
      <LiveMessage text={settled} testId="result-count-announcement" />
    </>
  )
}
