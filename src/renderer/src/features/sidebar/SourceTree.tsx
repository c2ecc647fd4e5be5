/**
 * The sidebar: every source and its sections with counts and progress. Clicking a row filters
 * the results to it; sources that failed to load say why, inline.
 */
import { useState } from 'react'
import type { CatalogOverview, SourceInfo } from '@shared/ipc/types'
import { NO_SECTION } from '@shared/domain/catalog/occurrenceSections'
import { Icon } from '@renderer/components/Icon'
import { sourceLabel } from '@renderer/hooks/sourceTitles'
import { CheckedNotice } from './CheckedNotice'
import { ParseReportDialog } from './ParseReportDialog'
import { ProgressBar } from './ProgressBar'
import { sourceTotals } from './sourceTotals'
import './SourceTree.css'

export interface TreeSelection {
  source: string | null
  section: string | null
}

export interface SourceTreeProps {
  overview: CatalogOverview
  selection: TreeSelection
  onSelect: (selection: TreeSelection) => void
  onAddSource: () => void
  onRemoveSource: (source: SourceInfo) => void
  adding: boolean
}

function SourceNode(props: {
  source: SourceInfo
  selection: TreeSelection
  onSelect: (selection: TreeSelection) => void
  onRemove: (source: SourceInfo) => void
}) {
  const { source, selection, onSelect, onRemove } = props
  const [expanded, setExpanded] = useState(true)
  const [reporting, setReporting] = useState(false)
  const totals = sourceTotals(source)
  const selected = selection.source === source.name && selection.section === null
  const broken = source.status === 'error'
  // A folder with one bad file still holds questions: it stays clickable, with its reason.
  const unreadable = broken && source.itemCount === 0
  const label = sourceLabel(source)

  return (
    <li className="tree__source">
      <div className={`tree__row${selected ? ' tree__row--selected' : ''}`}>
        <button
          type="button"
          className="tree__twisty"
          aria-label={expanded ? `Collapse ${label}` : `Expand ${label}`}
          aria-expanded={expanded}
          disabled={source.sections.length === 0}
          onClick={() => setExpanded((e) => !e)}
        >
          {source.sections.length > 0 && (
            <Icon name={expanded ? 'chevronDown' : 'chevronRight'} size={12} />
          )}
        </button>
        <button
          type="button"
          className="tree__label"
          aria-current={selected ? 'true' : undefined}
          disabled={unreadable}
          data-testid="sidebar-source"
          onClick={() => onSelect({ source: source.name, section: null })}
          // The title reads better; the tooltip keeps the real file name (and path).
          title={source.builtIn ? `${source.name} (built in)` : source.path}
        >
          <Icon
            name={source.kind === 'folder' ? 'folder' : 'file'}
            size={14}
            className="tree__icon"
          />
          <span className="tree__name">{label}</span>
          <span className="tree__count">{unreadable ? '' : totals.total}</span>
        </button>
        {source.parseReports && source.parseReports.length > 0 && (
          <button
            type="button"
            className="tree__action"
            aria-label={`Parse report of ${label}`}
            title="Parse report"
            data-testid="source-parse-report"
            onClick={() => setReporting(true)}
          >
            <Icon name="info" size={12} />
          </button>
        )}
        {/* My questions live in the notebook folder: deleted one by one, never as a source. */}
        {!source.builtIn && !source.path.startsWith('notebook:') && (
          <button
            type="button"
            className="tree__remove"
            aria-label={`Remove source ${label}`}
            title="Remove source"
            onClick={() => onRemove(source)}
          >
            <Icon name="x" size={12} />
          </button>
        )}
      </div>
      {reporting && <ParseReportDialog source={source} onClose={() => setReporting(false)} />}
      <CheckedNotice source={source} />
      {broken && (
        <p className="tree__error" role="alert">
          <Icon name="alert" size={12} /> {source.error ?? 'This source could not be read.'}
        </p>
      )}
      {!unreadable && (
        <div className="tree__progress">
          <ProgressBar {...totals} label={source.name} />
        </div>
      )}
      {expanded && source.sections.length > 0 && (
        <ul className="tree__sections" aria-label={`Sections of ${source.name}`}>
          {source.sections.map((section) => {
            const on = selection.source === source.name && selection.section === section.name
            const headingless = section.name === NO_SECTION
            return (
              <li key={section.name}>
                <button
                  type="button"
                  className={`tree__section${on ? ' tree__row--selected' : ''}`}
                  aria-current={on ? 'true' : undefined}
                  data-testid="sidebar-section"
                  onClick={() => onSelect({ source: source.name, section: section.name })}
                  title={`${headingless ? 'Questions under no heading' : section.name}: ${section.answered}/${section.total} answered, ${section.confident} confident`}
                >
                  <span className="tree__name">{section.name}</span>
                  <span className="tree__mini">
                    <span
                      className="tree__mini-fill"
                      style={{
                        width: `${section.total ? (section.answered / section.total) * 100 : 0}%`
                      }}
                    />
                  </span>
                  <span className="tree__count">{section.total}</span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </li>
  )
}

/** The whole sidebar, with the "All questions" row and the add-source button. */
export function SourceTree(props: SourceTreeProps) {
  const { overview, selection, onSelect, onAddSource, onRemoveSource, adding } = props
  const allSelected = selection.source === null
  return (
    <nav className="sidebar" aria-label="Sources">
      <div className="sidebar__overview">
        <button
          type="button"
          className={`tree__all${allSelected ? ' tree__row--selected' : ''}`}
          aria-current={allSelected ? 'true' : undefined}
          onClick={() => onSelect({ source: null, section: null })}
        >
          <Icon name="book" size={14} className="tree__icon" />
          <span className="tree__name">All questions</span>
          <span className="tree__count">{overview.totalEntries}</span>
        </button>
        <div className="sidebar__stats">
          <ProgressBar
            total={overview.totalEntries}
            answered={overview.answered}
            confident={overview.confident}
            label="All questions"
          />
          <div className="sidebar__legend">
            <span>
              <i className="dot dot--answered" /> {overview.answered} answered
            </span>
            <span>
              <i className="dot dot--confident" /> {overview.confident} confident
            </span>
          </div>
        </div>
      </div>
      <div className="sidebar__heading">
        <span>Sources</span>
        <button
          type="button"
          className="btn btn--ghost btn--icon btn--small"
          aria-label="Add source…"
          title="Add source…"
          onClick={onAddSource}
          disabled={adding}
        >
          <Icon name="plus" size={14} />
        </button>
      </div>
      <ul className="tree">
        {overview.sources.map((source) => (
          <SourceNode
            key={source.path}
            source={source}
            selection={selection}
            onSelect={onSelect}
            onRemove={onRemoveSource}
          />
        ))}
      </ul>
      <button
        type="button"
        className="sidebar__add"
        onClick={onAddSource}
        disabled={adding}
        data-testid="add-source"
      >
        <Icon name="plus" size={14} />
        {adding ? 'Adding…' : 'Add source…'}
      </button>
    </nav>
  )
}
