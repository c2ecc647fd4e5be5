/**
 * The sidebar's place in the window: docked beside the results, or, in a narrow window, an
 * overlay over them. The overlay takes focus when it opens, and closes on Escape (focus back to
 * the toggle), on a click outside it, or when focus leaves it; it is not modal, so the global
 * shortcuts keep working.
 */
import { useEffect, useRef, type ReactNode, type RefObject } from 'react'
import type { SidebarState } from './useSidebarOpen'

export function SidebarPanel(props: {
  sidebar: SidebarState
  toggleRef: RefObject<HTMLButtonElement | null>
  children: ReactNode
}) {
  const { sidebar, toggleRef } = props
  const panel = useRef<HTMLElement>(null)
  const floating = sidebar.overlay && sidebar.open

  useEffect(() => {
    if (!floating) return
    // The tree's Tab stop, else the first control: where Tab would have gone first.
    const target =
      panel.current?.querySelector<HTMLElement>('[role="tree"] [tabindex="0"]') ??
      panel.current?.querySelector<HTMLElement>('button:not(:disabled)')
    target?.focus()
  }, [floating])

  const closeToToggle = (): void => {
    sidebar.close()
    toggleRef.current?.focus()
  }

  return (
    <>
      {floating && (
        <div className="sidebar-scrim" aria-hidden="true" onMouseDown={() => sidebar.close()} />
      )}
      <aside
        ref={panel}
        className={`workspace__sidebar${sidebar.overlay ? ' workspace__sidebar--overlay' : ''}`}
        id="sidebar"
        hidden={!sidebar.open}
        data-testid="sidebar"
        onKeyDown={(e) => {
          // A dialog opened from the sidebar (a parse report) closes first, on its own.
          if (!floating || e.key !== 'Escape' || e.defaultPrevented) return
          if ((e.target as Element).closest('[role="dialog"]')) return
          e.preventDefault()
          closeToToggle()
        }}
        onBlur={(e) => {
          const next = e.relatedTarget as Node | null
          // Focus moving elsewhere in the window closes the overlay; a window blur does not,
          // and the toggle closes it by itself (closing here too would reopen it on click).
          if (!floating || !next || next === toggleRef.current) return
          if (!panel.current?.contains(next)) sidebar.close()
        }}
      >
        {props.children}
      </aside>
    </>
  )
}
