/**
 * The sidebar: every source and its sections with counts and progress. Clicking a row filters
 * the results to it; sources that failed to load say why, inline. The sources form one ARIA
 * tree with a roving tabindex: a single Tab stop, arrows inside (see treeKeys.ts).
 */
import { memo, useCallback, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { CatalogOverview, SourceInfo } from '@shared/ipc/types'
import { Icon } from '@renderer/components/Icon'
import { sourceLabel } from '@renderer/hooks/sourceTitles'
import { ParseReportDialog } from './ParseReportDialog'
import { ProgressBar } from './ProgressBar'
import { isRemovable } from './isRemovable'
import { SectionItem, SourceItem } from './TreeItems'
import { treeKeyAction, type TreeRow } from './treeKeys'
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

/** A visible row: the source it belongs to and, for a section row, the section's name. */
interface VisibleRow extends TreeRow {
  key: string
  source: SourceInfo
  section: string | null
}

function visibleRows(sources: SourceInfo[], collapsed: ReadonlySet<string>): VisibleRow[] {
  const rows: VisibleRow[] = []
  for (const source of sources) {
    const expandable = source.sections.length > 0
    const expanded = expandable && !collapsed.has(source.path)
    rows.push({
      key: source.path,
      source,
      section: null,
      level: 1,
      expandable,
      expanded,
      label: sourceLabel(source),
      disabled: source.status === 'error' && source.itemCount === 0
    })
    if (!expanded) continue
    for (const s of source.sections)
      rows.push({
        key: `${source.path}\u0000${s.name}`,
        source,
        section: s.name,
        level: 2,
        expandable: false,
        expanded: false,
        label: s.name
      })
  }
  return rows
}

/** The whole sidebar, with the "All questions" row and the add-source button. */
export const SourceTree = memo(function SourceTree(props: SourceTreeProps) {
  const { overview, selection, onSelect, onAddSource, onRemoveSource, adding } = props
  const allSelected = selection.source === null
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set())
  const [focusKey, setFocusKey] = useState<string | null>(null)
  const [reporting, setReporting] = useState<SourceInfo | null>(null)
  const elements = useRef(new Map<string, HTMLLIElement>())
  const idBase = useId()
  const rows = visibleRows(overview.sources, collapsed)

  const isSelected = (row: VisibleRow): boolean =>
    selection.source === row.source.name && selection.section === row.section
  // The row holding the Tab stop: the last one focused, else the selected one, else the first.
  const tabIndexOf = (): number => {
    const byFocus = rows.findIndex((r) => r.key === focusKey)
    if (byFocus >= 0) return byFocus
    return Math.max(0, rows.findIndex(isSelected))
  }
  const current = tabIndexOf()

  const toggle = useCallback((path: string, open: boolean) => {
    setCollapsed((was) => {
      const next = new Set(was)
      if (open) next.delete(path)
      else next.add(path)
      return next
    })
  }, [])
  const activate = (row: VisibleRow): void => {
    if (!row.disabled) onSelect({ source: row.source.name, section: row.section })
  }
  const focusRow = (index: number): void => {
    const row = rows[index]
    if (!row) return
    setFocusKey(row.key)
    elements.current.get(row.key)?.focus()
  }

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>): void => {
    const row = rows[current]
    if (!row) return
    if (e.key === 'Delete' && row.section === null && isRemovable(row.source)) {
      e.preventDefault()
      onRemoveSource(row.source)
      return
    }
    const action = treeKeyAction(rows, current, e.key, {
      ctrl: e.ctrlKey,
      meta: e.metaKey,
      alt: e.altKey
    })
    if (!action) return
    e.preventDefault()
    const target = rows[action.index]!
    if (action.kind === 'focus') focusRow(action.index)
    else if (action.kind === 'expand') toggle(target.source.path, true)
    else if (action.kind === 'collapse') toggle(target.source.path, false)
    else activate(target)
  }

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
        <span id={`${idBase}-heading`}>Sources</span>
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
      <ul
        className="tree"
        role="tree"
        aria-labelledby={`${idBase}-heading`}
        onKeyDown={onKeyDown}
        data-testid="source-tree"
      >
        {rows.map((row, index) => {
          const common = {
            id: `${idBase}-row-${index}`,
            level: row.level,
            focused: index === current,
            selected: isSelected(row),
            register: (el: HTMLLIElement | null) => {
              if (el) elements.current.set(row.key, el)
              else elements.current.delete(row.key)
            },
            onFocus: () => setFocusKey(row.key),
            onActivate: () => {
              setFocusKey(row.key)
              activate(row)
            }
          }
          return row.section === null ? (
            <SourceItem
              key={row.key}
              {...common}
              source={row.source}
              expanded={row.expanded}
              onToggle={() => toggle(row.source.path, !row.expanded)}
              onReport={() => setReporting(row.source)}
              onRemove={() => onRemoveSource(row.source)}
            />
          ) : (
            <SectionItem
              key={row.key}
              {...common}
              section={row.source.sections.find((s) => s.name === row.section)!}
            />
          )
        })}
      </ul>
      {reporting && <ParseReportDialog source={reporting} onClose={() => setReporting(null)} />}
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
})
