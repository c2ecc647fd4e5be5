/**
 * A `role="toolbar"` that is one Tab stop: Left/Right (and Home/End) move between its buttons,
 * Tab leaves (the ARIA toolbar pattern). Used for the top bar's actions, so Tab from the search
 * box reaches the filters in two presses instead of eight.
 */
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { nextToolbarIndex } from './toolbarKeys'

const ITEMS = 'button:not(:disabled)'

export function RovingToolbar(props: { label: string; className?: string; children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null)
  const active = useRef(0)

  // After every render (buttons come and go): exactly one enabled button holds the Tab stop.
  useLayoutEffect(() => {
    const items = Array.from(root.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])
    active.current = Math.min(active.current, Math.max(0, items.length - 1))
    items.forEach((el, i) => (el.tabIndex = i === active.current ? 0 : -1))
  })

  const items = (): HTMLElement[] =>
    Array.from(root.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return
    const list = items()
    const at = list.indexOf(document.activeElement as HTMLElement)
    if (at < 0) return
    const next = nextToolbarIndex(e.key, list.length, at)
    if (next === null) return
    e.preventDefault()
    list[next]?.focus()
  }

  return (
    <div
      ref={root}
      role="toolbar"
      aria-label={props.label}
      className={props.className}
      onKeyDown={onKeyDown}
      // Focus by click, shortcut or a dialog giving it back moves the Tab stop too.
      onFocus={(e) => {
        const list = items()
        const at = list.indexOf(e.target as HTMLElement)
        if (at < 0) return
        active.current = at
        list.forEach((el, i) => (el.tabIndex = i === at ? 0 : -1))
      }}
    >
      {props.children}
    </div>
  )
}
