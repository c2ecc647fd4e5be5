/**
 * The rows of the sidebar tree: a source (with its progress, its error and its actions) and a
 * section. Flat `treeitem`s carrying `aria-level`, as VS Code's explorer renders them; the tree
 * (SourceTree) owns focus, expansion and the keys.
 */
import type { FocusEvent, ReactNode } from 'react'
import type { SectionNode, SourceInfo } from '@shared/ipc/types'
import { NO_SECTION } from '@shared/domain/catalog/occurrenceSections'
import { Icon } from '@renderer/components/Icon'
import { sourceLabel } from '@renderer/hooks/sourceTitles'
import { CheckedNotice } from './CheckedNotice'
import { isRemovable } from './isRemovable'
import { ProgressBar } from './ProgressBar'
import { sourceTotals } from './sourceTotals'

/** What every row shares: its roving tabindex, selection and the tree's callbacks. */
export interface TreeItemProps {
  id: string
  level: number
  focused: boolean
  selected: boolean
  register: (el: HTMLLIElement | null) => void
  onFocus: () => void
  onActivate: () => void
}

function itemProps(p: TreeItemProps, extra: { disabled?: boolean }) {
  return {
    ref: p.register,
    id: p.id,
    role: 'treeitem',
    'aria-level': p.level,
    'aria-selected': p.selected,
    'aria-disabled': extra.disabled ? true : undefined,
    // Roving tabindex: the tree is one Tab stop, the last focused row holds it.
    tabIndex: p.focused ? 0 : -1,
    onFocus: (e: FocusEvent) => {
      if (e.target === e.currentTarget) p.onFocus()
    },
    onClick: () => {
      if (!extra.disabled) p.onActivate()
    }
  } as const
}

/** A row action: reachable with Tab only from its own focused row, so the tree stays one stop. */
function RowAction(props: {
  className: string
  label: string
  title: string
  reachable: boolean
  testId?: string
  onClick: () => void
  children: ReactNode
}) {
  return (
    <button
      type="button"
      className={props.className}
      aria-label={props.label}
      title={props.title}
      tabIndex={props.reachable ? 0 : -1}
      data-testid={props.testId}
      onClick={(e) => {
        e.stopPropagation()
        props.onClick()
      }}
      // A key on the action is the action's, not the tree's.
      onKeyDown={(e) => e.stopPropagation()}
    >
      {props.children}
    </button>
  )
}

export function SourceItem(
  props: TreeItemProps & {
    source: SourceInfo
    expanded: boolean
    onToggle: () => void
    onReport: () => void
    onRemove: () => void
  }
) {
  const { source, expanded, focused } = props
  const totals = sourceTotals(source)
  const broken = source.status === 'error'
  // A folder with one bad file still holds questions: it stays selectable, with its reason.
  const unreadable = broken && source.itemCount === 0
  const label = sourceLabel(source)
  const expandable = source.sections.length > 0
  return (
    <li
      // Named by its own text (no aria-labelledby, whose name axe finds short of what shows);
      // the progress bar is its description, not part of its name.
      {...itemProps(props, { disabled: unreadable })}
      className="tree__item tree__source"
      aria-expanded={expandable ? expanded : undefined}
      aria-describedby={
        [broken ? `${props.id}-error` : '', unreadable ? '' : `${props.id}-progress`]
          .filter(Boolean)
          .join(' ') || undefined
      }
      data-testid="sidebar-source"
      // The title reads better; the tooltip keeps the real file name (and path).
      title={source.builtIn ? `${source.name} (built in)` : source.path}
    >
      <div className={`tree__row${props.selected ? ' tree__row--selected' : ''}`}>
        <span
          className="tree__twisty"
          aria-hidden="true"
          onClick={(e) => {
            e.stopPropagation()
            if (expandable) props.onToggle()
          }}
        >
          {expandable && <Icon name={expanded ? 'chevronDown' : 'chevronRight'} size={12} />}
        </span>
        <span className={`tree__label${unreadable ? ' tree__label--disabled' : ''}`}>
          <Icon
            name={source.kind === 'folder' ? 'folder' : 'file'}
            size={14}
            className="tree__icon"
          />
          <span className="tree__name" id={`${props.id}-name`}>
            {label}
          </span>
          <span className="tree__count" id={`${props.id}-count`}>
            {unreadable ? '' : totals.total}
          </span>
        </span>
        {source.parseReports && source.parseReports.length > 0 && (
          <RowAction
            className="tree__action"
            label={`Parse report of ${label}`}
            title="Parse report"
            testId="source-parse-report"
            reachable={focused}
            onClick={props.onReport}
          >
            <Icon name="info" size={12} />
          </RowAction>
        )}
        {/* My questions live in the notebook folder: deleted one by one, never as a source. */}
        {isRemovable(source) && (
          <RowAction
            className="tree__remove"
            label={`Remove source ${label}`}
            title="Remove source (Delete)"
            reachable={focused}
            onClick={props.onRemove}
          >
            <Icon name="x" size={12} />
          </RowAction>
        )}
      </div>
      {broken && (
        <p className="tree__error" role="alert" id={`${props.id}-error`}>
          <Icon name="alert" size={12} /> {source.error ?? 'This source could not be read.'}
        </p>
      )}
      {!unreadable && (
        <div className="tree__progress" id={`${props.id}-progress`} aria-hidden="true">
          <ProgressBar {...totals} label={source.name} />
        </div>
      )}
      <CheckedNotice source={source} />
    </li>
  )
}

export function SectionItem(props: TreeItemProps & { section: SectionNode }) {
  const { section } = props
  const headingless = section.name === NO_SECTION
  return (
    <li
      // Named by its own text (name and count): a section row holds nothing else.
      {...itemProps(props, {})}
      className={`tree__item tree__section${props.selected ? ' tree__row--selected' : ''}`}
      data-testid="sidebar-section"
      title={`${headingless ? 'Questions under no heading' : section.name}: ${section.answered}/${section.total} answered, ${section.confident} confident`}
    >
      <span className="tree__name" id={`${props.id}-name`}>
        {section.name}
      </span>
      <span className="tree__mini" aria-hidden="true">
        <span
          className="tree__mini-fill"
          style={{ width: `${section.total ? (section.answered / section.total) * 100 : 0}%` }}
        />
      </span>
      <span className="tree__count" id={`${props.id}-count`}>
        {section.total}
      </span>
    </li>
  )
}
