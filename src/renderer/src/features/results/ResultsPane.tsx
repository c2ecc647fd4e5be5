/** The results column: the list itself, or the state that explains why there is none. */
import { forwardRef } from 'react'
import type { SearchHit } from '@shared/ipc/types'
import type { UseSearchResult } from '@renderer/features/search/useSearch'
import { ResultList } from './ResultList'
import { ErrorState, NoResultsState, StartState } from './EmptyStates'

export interface ResultsPaneProps {
  search: UseSearchResult
  hits: Array<SearchHit | undefined>
  query: string
  filtered: boolean
  catalogTotal: number
  activeIndex: number
  /** Where the list starts scrolled when it appears (the restored session's offset). */
  initialScroll?: number
  onScrolled?: (top: number) => void
  openId: string | null
  onActiveChange: (index: number) => void
  onOpen: (hit: SearchHit) => void
  onBrowseAll: () => void
  onClearFilters: () => void
  onClearQuery: () => void
  /** Replaces the query (the "Did you mean" link). */
  onQueryChange: (query: string) => void
}

export const ResultsPane = forwardRef<HTMLDivElement, ResultsPaneProps>(
  function ResultsPane(props, listRef) {
    const { search } = props
    let body
    if (!search.active)
      body = <StartState total={props.catalogTotal} onBrowseAll={props.onBrowseAll} />
    else if (search.error) body = <ErrorState message={search.error} />
    else if (!search.loading && search.total === 0)
      body = (
        <NoResultsState
          query={props.query}
          filtered={props.filtered}
          onClearFilters={props.onClearFilters}
          onClearQuery={props.onClearQuery}
        />
      )
    else
      body = (
        <ResultList
          ref={listRef}
          total={search.total}
          hits={props.hits}
          activeIndex={props.activeIndex}
          {...(props.initialScroll ? { initialScroll: props.initialScroll } : {})}
          {...(props.onScrolled ? { onScrolled: props.onScrolled } : {})}
          openId={props.openId}
          onActiveChange={props.onActiveChange}
          onOpen={props.onOpen}
          ensureRange={search.ensureRange}
          loading={search.loading}
        />
      )
    return (
      <section id="results-pane" className="results-pane" aria-label="Results">
        {search.fallback && (
          <div className="results-pane__notice" role="status">
            The search syntax could not be read, so this is a plain word search.
          </div>
        )}
        {search.didYouMean && !search.loading && (
          <p className="results-pane__suggestion" data-testid="did-you-mean">
            Did you mean{' '}
            <button
              type="button"
              className="results-pane__suggestion-link"
              onClick={() => props.onQueryChange(search.didYouMean!)}
            >
              {search.didYouMean.trim()}
            </button>
            ?
          </p>
        )}
        {body}
      </section>
    )
  }
)
