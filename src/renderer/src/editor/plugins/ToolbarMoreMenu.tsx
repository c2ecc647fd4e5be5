/**
 * The answer toolbar's "More" button and menu: the tools that did not fit on the row. A menu
 * button (ARIA menu pattern): Enter, Space or Down opens it on the first item, Up/Down/Home/End
 * move, Enter/Space choose, Escape closes back to the button, Tab or a click outside closes.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { shortcutText } from './shortcuts'

/** One tool as a menu entry. */
export interface MenuTool {
  key: string
  label: string
  /** What its toolbar button shows ("H1", an icon), repeated in the menu. */
  glyph: ReactNode
  shortcut?: string | null
  /** Toggle state, shown as a checked menu item. */
  pressed?: boolean
  disabled?: boolean
  run: () => void
}

export function ToolbarMoreMenu(props: { tools: MenuTool[]; onRun: (tool: MenuTool) => void }) {
  const [open, setOpen] = useState(false)
  const [focusFirst, setFocusFirst] = useState<'first' | 'last'>('first')
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const items = root.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')
    const target = focusFirst === 'first' ? items?.[0] : items?.[items.length - 1]
    target?.focus()
    const onDown = (e: MouseEvent): void => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', onDown)
    return () => document.removeEventListener('mousedown', onDown)
  }, [open, focusFirst])

  const openAt = (where: 'first' | 'last'): void => {
    setFocusFirst(where)
    setOpen(true)
  }
  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const items = Array.from(
      root.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []
    )
    const at = items.indexOf(document.activeElement as HTMLElement)
    const move: Record<string, number> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1
    }
    if (e.key in move) {
      e.preventDefault()
      items[move[e.key]!]?.focus()
    } else if (e.key === 'Escape') {
      // The menu's Escape, not the editor's (which would leave the answer).
      e.preventDefault()
      e.stopPropagation()
      setOpen(false)
      button.current?.focus()
    } else if (e.key === 'Tab') setOpen(false)
  }

  return (
    <div className="ae-more" ref={root}>
      <button
        ref={button}
        type="button"
        className="ae-tool ae-more__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'ae-more-menu' : undefined}
        title="More formatting"
        data-testid="toolbar-more"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => (open ? setOpen(false) : openAt('first'))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            openAt(e.key === 'ArrowDown' ? 'first' : 'last')
          }
        }}
      >
        More <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          className="ae-more__menu"
          id="ae-more-menu"
          role="menu"
          aria-label="More formatting"
          onKeyDown={onMenuKey}
        >
          {props.tools.map((tool) => (
            <button
              key={tool.key}
              type="button"
              role={tool.pressed === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={tool.pressed}
              className="ae-more__item"
              tabIndex={-1}
              disabled={tool.disabled}
              onClick={() => {
                setOpen(false)
                props.onRun(tool)
              }}
            >
              <span className="ae-more__check" aria-hidden="true">
                {tool.pressed ? '✓' : ''}
              </span>
              <span className="ae-more__glyph" aria-hidden="true">
                {tool.glyph}
              </span>
              <span className="ae-more__label">{tool.label}</span>
              {tool.shortcut && (
                <span className="ae-more__keys" aria-hidden="true">
                  {shortcutText(tool.shortcut)}
                </span>
              )}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
