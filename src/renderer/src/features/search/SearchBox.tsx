/** The search field in the top bar. */
import { forwardRef } from 'react'
import { Icon } from '@renderer/components/Icon'
import './SearchBox.css'

export interface SearchBoxProps {
  value: string
  onChange: (value: string) => void
  /** ArrowDown / ArrowUp: move through the results without leaving the box. */
  onMove: (delta: number) => void
  /** Enter: open the highlighted result. */
  onSubmit: () => void
  /** Escape on an empty box: hand focus to the result list. */
  onLeave: () => void
}

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform)

/** A labelled search input; the ⌘K / Ctrl K hint hides while typing. */
export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox(
  { value, onChange, onMove, onSubmit, onLeave },
  ref
) {
  return (
    <div className="search-box" role="search">
      <Icon name="search" size={15} className="search-box__icon" />
      <input
        ref={ref}
        type="search"
        className="search-box__input"
        data-testid="search-input"
        aria-label="Search questions"
        // The results pane is always there (the list itself only when there are results).
        aria-controls="results-pane"
        placeholder="Search questions, answers, code…"
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            onMove(e.key === 'ArrowDown' ? 1 : -1)
          } else if (e.key === 'Enter') {
            e.preventDefault()
            onSubmit()
          } else if (e.key === 'Escape') {
            e.preventDefault()
            if (value) onChange('')
            else onLeave()
          }
        }}
      />
      {value ? (
        <button
          type="button"
          className="search-box__clear"
          aria-label="Clear search"
          onClick={() => onChange('')}
        >
          <Icon name="x" size={14} />
        </button>
      ) : (
        <span className="search-box__hint" aria-hidden="true">
          <kbd>{isMac ? '⌘' : 'Ctrl'}</kbd>
          <kbd>K</kbd>
        </span>
      )}
    </div>
  )
})
