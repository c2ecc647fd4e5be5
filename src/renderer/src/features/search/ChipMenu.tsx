/** A filter chip that opens a menu of checkable options (sources, sections, statuses). */
import { useEffect, useRef, useState } from 'react'
import { Icon } from '@renderer/components/Icon'

export interface ChipOption {
  value: string
  label: string
  /** Secondary text under the label (a source's file name); also matched by the finder. */
  hint?: string
  count?: number
}

export interface ChipMenuProps {
  label: string
  testId: string
  options: ChipOption[]
  selected: string[]
  onToggle: (value: string) => void
  onClear: () => void
  emptyText?: string
}

/** Chip label: "Source", "Source: a.md" or "Source: 3". */
function chipText(label: string, selected: string[], options: ChipOption[]): string {
  if (selected.length === 0) return label
  if (selected.length === 1) {
    const only = options.find((o) => o.value === selected[0])
    return `${label}: ${only?.label ?? selected[0]}`
  }
  return `${label}: ${selected.length}`
}

/** Keyboard: Enter/Space/ArrowDown open; arrows move; Space toggles; Escape closes. */
export function ChipMenu(props: ChipMenuProps) {
  const { label, testId, options, selected, onToggle, onClear, emptyText } = props
  const [open, setOpen] = useState(false)
  const [filter, setFilter] = useState('')
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const active = selected.length > 0

  useEffect(() => {
    if (!open) return
    const onDown = (e: MouseEvent): void => {
      if (!root.current?.contains(e.target as Node)) {
        setOpen(false)
        setFilter('')
      }
    }
    document.addEventListener('mousedown', onDown)
    return () => document.removeEventListener('mousedown', onDown)
  }, [open])

  useEffect(() => {
    if (open) root.current?.querySelector<HTMLElement>('[data-menu-first]')?.focus()
  }, [open])

  const close = (): void => {
    setOpen(false)
    setFilter('')
  }

  const shown = filter
    ? options.filter((o) =>
        `${o.label}\n${o.hint ?? ''}`.toLowerCase().includes(filter.toLowerCase())
      )
    : options

  const moveFocus = (e: React.KeyboardEvent, dir: 1 | -1): void => {
    const items = Array.from(
      root.current?.querySelectorAll<HTMLElement>('[role="menuitemcheckbox"]') ?? []
    )
    const index = items.indexOf(document.activeElement as HTMLElement)
    const next = items[Math.max(0, Math.min(items.length - 1, index + dir))]
    if (next) {
      e.preventDefault()
      next.focus()
    }
  }

  return (
    <div className="chip-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className={`chip${active ? ' chip--active' : ''}`}
        data-testid={testId}
        aria-haspopup="menu"
        aria-expanded={open}
        // One selected source shows its title; the tooltip keeps the real file name.
        title={
          selected.length === 1 ? options.find((o) => o.value === selected[0])?.hint : undefined
        }
        onClick={() => (open ? close() : setOpen(true))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault()
            setOpen(true)
          }
        }}
      >
        <span className="chip__label">{chipText(label, selected, options)}</span>
        <Icon name="chevronDown" size={12} />
      </button>
      {open && (
        <div
          className="menu"
          role="menu"
          aria-label={`${label} filter`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation()
              close()
              button.current?.focus()
            } else if (e.key === 'ArrowDown') moveFocus(e, 1)
            else if (e.key === 'ArrowUp') moveFocus(e, -1)
          }}
        >
          {options.length > 8 && (
            <input
              className="input menu__filter"
              placeholder={`Find ${label.toLowerCase()}…`}
              aria-label={`Find ${label.toLowerCase()}`}
              value={filter}
              data-menu-first
              onChange={(e) => setFilter(e.target.value)}
            />
          )}
          <div className="menu__items">
            {shown.length === 0 && <div className="menu__empty">{emptyText ?? 'Nothing here'}</div>}
            {shown.map((o, i) => {
              const checked = selected.includes(o.value)
              return (
                <button
                  key={o.value}
                  type="button"
                  role="menuitemcheckbox"
                  aria-checked={checked}
                  className="menu__item"
                  data-menu-first={options.length <= 8 && i === 0 ? true : undefined}
                  onClick={() => onToggle(o.value)}
                >
                  <span className={`menu__check${checked ? ' menu__check--on' : ''}`}>
                    {checked && <Icon name="check" size={12} strokeWidth={2.5} />}
                  </span>
                  <span className="menu__label" title={o.hint}>
                    {o.label}
                    {o.hint && <span className="menu__hint">{o.hint}</span>}
                  </span>
                  {o.count !== undefined && <span className="menu__count">{o.count}</span>}
                </button>
              )
            })}
          </div>
          {active && (
            <div className="menu__footer">
              <button type="button" className="btn btn--ghost btn--small" onClick={onClear}>
                Clear {label.toLowerCase()}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  )
}
