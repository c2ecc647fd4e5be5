/** The row of filter chips under the search box. */
import type { SourceInfo } from '@shared/ipc/types'
import { STUDY_STATUSES, type StudyStatus } from '@shared/study'
import { STATUS_LABELS, sectionOptions } from './filterOptions'
import { Icon } from '@renderer/components/Icon'
import { sourceLabel } from '@renderer/hooks/sourceTitles'
import { sourceTotals } from '@renderer/features/sidebar/sourceTotals'
import { ChipMenu } from './ChipMenu'
import { EMPTY_FILTERS, hasActiveFilters, toggleIn, type FilterState } from './filterState'
import './FilterChips.css'

function Toggle(props: {
  label: string
  testId: string
  pressed: boolean
  onClick: () => void
  icon?: 'star' | 'check'
}) {
  return (
    <button
      type="button"
      className={`chip${props.pressed ? ' chip--active' : ''}`}
      aria-pressed={props.pressed}
      data-testid={props.testId}
      onClick={props.onClick}
    >
      {props.icon && (
        <Icon name={props.icon} size={12} filled={props.icon === 'star' && props.pressed} />
      )}
      <span className="chip__label">{props.label}</span>
    </button>
  )
}

/** Every chip maps to one field of `FilterState`; "Answered" and "Not yet" exclude each other. */
export function FilterChips(props: {
  filters: FilterState
  sources: SourceInfo[]
  onChange: (next: FilterState) => void
}) {
  const { filters, sources, onChange } = props
  const set = (patch: Partial<FilterState>): void => onChange({ ...filters, ...patch })
  const sourceOptions = sources
    .filter((s) => s.status === 'ok')
    .map((s) => ({
      value: s.name,
      label: sourceLabel(s),
      ...(sourceLabel(s) !== s.name ? { hint: s.name } : {}),
      count: sourceTotals(s).total
    }))

  return (
    <div className="filter-chips" role="toolbar" aria-label="Filters">
      <Icon name="filter" size={14} className="filter-chips__icon" />
      <ChipMenu
        label="Source"
        testId="filter-chip-source"
        options={sourceOptions}
        selected={filters.sources}
        onToggle={(v) => set({ sources: toggleIn(filters.sources, v) })}
        onClear={() => set({ sources: [] })}
        emptyText="No sources yet"
      />
      <ChipMenu
        label="Section"
        testId="filter-chip-section"
        options={sectionOptions(sources, filters.sources)}
        selected={filters.sections}
        onToggle={(v) => set({ sections: toggleIn(filters.sections, v) })}
        onClear={() => set({ sections: [] })}
        emptyText="No sections"
      />
      <ChipMenu
        label="Status"
        testId="filter-chip-status"
        options={STUDY_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        selected={filters.status}
        onToggle={(v) => set({ status: toggleIn(filters.status, v as StudyStatus) })}
        onClear={() => set({ status: [] })}
      />
      <span className="filter-chips__sep" aria-hidden="true" />
      <Toggle
        label="Answered"
        testId="filter-chip-answered"
        pressed={filters.answered === true}
        onClick={() => set({ answered: filters.answered === true ? undefined : true })}
      />
      <Toggle
        label="Not yet"
        testId="filter-chip-unanswered"
        pressed={filters.answered === false}
        onClick={() => set({ answered: filters.answered === false ? undefined : false })}
      />
      <Toggle
        label="Checked in source"
        testId="filter-chip-checked"
        icon="check"
        pressed={filters.checked === true}
        onClick={() => set({ checked: filters.checked === true ? undefined : true })}
      />
      <Toggle
        label="Favourites"
        testId="filter-chip-favourite"
        icon="star"
        pressed={filters.favourite}
        onClick={() => set({ favourite: !filters.favourite })}
      />
      {hasActiveFilters(filters) && (
        <button
          type="button"
          className="btn btn--ghost btn--small"
          data-testid="filter-clear"
          onClick={() => onChange(EMPTY_FILTERS)}
        >
          Clear all
        </button>
      )}
    </div>
  )
}
