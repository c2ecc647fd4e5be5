/** Status (New / Learning / Confident), the favourite star and free tags for one question. */
import { useState } from 'react'
import { STUDY_STATUSES, type StudyState } from '@shared/study'
import { Icon } from '@renderer/components/Icon'
import { STATUS_LABELS } from '@renderer/features/search/filterOptions'

export interface StudyControlsProps {
  study: StudyState
  onChange: (patch: Partial<Pick<StudyState, 'status' | 'favourite' | 'tags'>>) => void
}

/** Keyboard: arrows move the status radio group; Enter or comma adds a tag. */
export function StudyControls({ study, onChange }: StudyControlsProps) {
  const [draft, setDraft] = useState('')

  const addTag = (): void => {
    const tag = draft.trim().replace(/,$/, '').slice(0, 60)
    setDraft('')
    if (tag && !study.tags.includes(tag)) onChange({ tags: [...study.tags, tag] })
  }

  return (
    <div className="study">
      <div className="segmented" role="radiogroup" aria-label="Study status">
        {STUDY_STATUSES.map((status, i) => {
          const on = study.status === status
          return (
            <button
              key={status}
              type="button"
              role="radio"
              aria-checked={on}
              tabIndex={on ? 0 : -1}
              className={`segmented__item segmented__item--${status}${on ? ' is-on' : ''}`}
              data-testid={`status-${status}`}
              onClick={() => onChange({ status })}
              onKeyDown={(e) => {
                const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
                if (!d) return
                e.preventDefault()
                const next = STUDY_STATUSES[(i + d + STUDY_STATUSES.length) % STUDY_STATUSES.length]
                if (next) onChange({ status: next })
              }}
            >
              <span className="segmented__dot" />
              {STATUS_LABELS[status]}
            </button>
          )
        })}
      </div>
      <button
        type="button"
        className={`btn btn--ghost btn--icon star-toggle${study.favourite ? ' is-on' : ''}`}
        aria-pressed={study.favourite}
        aria-label={study.favourite ? 'Remove from favourites' : 'Add to favourites'}
        title={study.favourite ? 'Favourite' : 'Add to favourites'}
        data-testid="favourite-toggle"
        onClick={() => onChange({ favourite: !study.favourite })}
      >
        <Icon name="star" size={16} filled={study.favourite} />
      </button>
      <div className="tags" aria-label="Tags">
        <Icon name="tag" size={13} className="tags__icon" />
        {study.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
            <button
              type="button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange({ tags: study.tags.filter((t) => t !== tag) })}
            >
              <Icon name="x" size={10} />
            </button>
          </span>
        ))}
        <input
          className="tags__input"
          aria-label="Add a tag"
          placeholder={study.tags.length ? 'Add tag' : 'Add tags…'}
          value={draft}
          maxLength={60}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault()
              addTag()
            } else if (e.key === 'Backspace' && !draft && study.tags.length) {
              onChange({ tags: study.tags.slice(0, -1) })
            }
          }}
          onBlur={() => draft.trim() && addTag()}
        />
      </div>
    </div>
  )
}
