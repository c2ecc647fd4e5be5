/** One result in the list: the prompt with highlights, its section and study badges. */
import { memo } from 'react'
import type { SearchHit } from '@shared/ipc/types'
import { Icon } from '@renderer/components/Icon'
import { STATUS_LABELS } from '@renderer/features/search/filterOptions'
import { HighlightedText } from './HighlightedText'

/** The badges shared by the list rows (and readable as one label for screen readers). */
export function HitBadges({ hit }: { hit: SearchHit }) {
  return (
    <span className="result-row__badges">
      {hit.askedIn > 1 && (
        <span className="badge" title={`Asked in ${hit.askedIn} sources`}>
          asked in {hit.askedIn}
        </span>
      )}
      {hit.answered && (
        <span className="badge badge--answered" title="You have written an answer">
          <Icon name="check" size={11} strokeWidth={2.5} />
          answered
        </span>
      )}
      {hit.status !== 'new' && (
        <span className={`badge badge--${hit.status}`}>{STATUS_LABELS[hit.status]}</span>
      )}
      {hit.favourite && (
        <span className="badge badge--star" title="Favourite">
          <Icon name="star" size={13} filled />
          <span className="sr-only">favourite</span>
        </span>
      )}
    </span>
  )
}

/** Whether a hit has any badge to show (so a row without section or badges needs no meta line). */
function hasBadges(hit: SearchHit): boolean {
  return hit.askedIn > 1 || hit.answered || hit.status !== 'new' || hit.favourite
}

// Memoised: a keystroke re-renders the list (marked busy) with the same hits until the reply.
export const ResultRow = memo(function ResultRow({ hit }: { hit: SearchHit }) {
  return (
    <>
      <span className="result-row__prompt">
        <HighlightedText text={hit.prompt} ranges={hit.matches.prompt} />
      </span>
      {(hit.section || hasBadges(hit)) && (
        <span className="result-row__meta">
          <span className="result-row__section">{hit.section ?? ''}</span>
          <HitBadges hit={hit} />
        </span>
      )}
    </>
  )
})

/** Shown while a row's page has not arrived yet. */
export function ResultRowSkeleton() {
  return (
    <>
      <span className="skeleton skeleton--line" />
      <span className="skeleton skeleton--short" />
    </>
  )
}
