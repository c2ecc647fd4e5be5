/** What the result pane says when there is nothing to list: each one says what to do next. */
import { Icon } from '@renderer/components/Icon'
import './EmptyStates.css'

const TIPS: Array<[string, string]> = [
  ['gil', 'words and half-typed words; typos are forgiven'],
  ['+django -flask', '+ must appear, - must not'],
  ['"select_related"', 'an exact phrase, symbols included'],
  ['prompt:gil', 'one field: prompt, answer, mine, section, tag'],
  ['__init__ **kwargs', 'code symbols are found as written']
]

/** Before the first keystroke: power-syntax tips and a way to browse everything. */
export function StartState({ total, onBrowseAll }: { total: number; onBrowseAll: () => void }) {
  return (
    <div className="empty-state" data-testid="empty-start">
      <div className="empty-state__icon">
        <Icon name="search" size={20} />
      </div>
      <h2>Search {total > 0 ? total.toLocaleString() : 'your'} questions</h2>
      <p>Start typing, or pick a source or section on the left.</p>
      <dl className="tips">
        {TIPS.map(([example, meaning]) => (
          <div key={example} className="tips__row">
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="btn" onClick={onBrowseAll}>
        Browse all questions
      </button>
    </div>
  )
}

/** Nothing matched: suggest loosening the query or dropping the filters. */
export function NoResultsState(props: {
  query: string
  filtered: boolean
  onClearFilters: () => void
  onClearQuery: () => void
}) {
  return (
    <div className="empty-state" data-testid="empty-results">
      <div className="empty-state__icon">
        <Icon name="search" size={20} />
      </div>
      <h2>No matching questions</h2>
      <p>
        {props.filtered
          ? 'Filters are narrowing the results. Remove some of them, or try fewer or shorter words.'
          : 'Try fewer or shorter words, or drop a +must or "phrase" from the query.'}
      </p>
      <div className="empty-state__actions">
        {props.filtered && (
          <button type="button" className="btn btn--primary" onClick={props.onClearFilters}>
            Remove filters
          </button>
        )}
        {props.query && (
          <button type="button" className="btn" onClick={props.onClearQuery}>
            Clear search
          </button>
        )}
      </div>
    </div>
  )
}

/** The search itself failed (the engine is still loading, or an error). */
export function ErrorState({ message }: { message: string }) {
  return (
    <div className="empty-state" role="alert">
      <div className="empty-state__icon empty-state__icon--error">
        <Icon name="alert" size={20} />
      </div>
      <h2>Search is not available</h2>
      <p>{message}</p>
    </div>
  )
}
