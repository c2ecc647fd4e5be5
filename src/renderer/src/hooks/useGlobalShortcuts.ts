/** Window-wide keyboard shortcuts that work wherever focus is. */
import { useEffect, useRef } from 'react'

export interface GlobalShortcutHandlers {
  focusSearch: () => void
}

/** True when the key press belongs to a text field or the rich-text editor. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  const tag = target.tagName
  return (
    tag === 'INPUT' ||
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    target.isContentEditable ||
    target.closest('[contenteditable="true"]') !== null
  )
}

/** Ctrl/Cmd+K anywhere, or `/` outside text fields, focuses the search box. */
export function useGlobalShortcuts(handlers: GlobalShortcutHandlers): void {
  const ref = useRef(handlers)
  useEffect(() => {
    ref.current = handlers
  })
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      const mod = e.ctrlKey || e.metaKey
      if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault()
        ref.current.focusSearch()
      } else if (e.key === '/' && !mod && !e.altKey && !isTypingTarget(e.target)) {
        e.preventDefault()
        ref.current.focusSearch()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
