/** Window-wide keyboard shortcuts that work wherever focus is. */
import { useEffect, useRef } from 'react'

export interface GlobalShortcutHandlers {
  focusSearch: () => void
  toggleSidebar: () => void
  /** Ctrl/Cmd+N. */
  newQuestion?: () => void
  /** Ctrl/Cmd+Z outside text fields and the editor (they keep their own undo). */
  undo?: () => void
  /** Ctrl/Cmd+/ anywhere, or `?` outside text fields: Help → Keyboard shortcuts. */
  showShortcuts?: () => void
  /** Ctrl/Cmd+, : Settings. */
  openSettings?: () => void
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

/**
 * Ctrl/Cmd+K anywhere, or `/` outside text fields, focuses the search box; Ctrl/Cmd+/ (or `?`
 * outside text) shows the keyboard shortcuts and Ctrl/Cmd+, the settings; Ctrl/Cmd+\\ toggles
 * the sidebar (Ctrl+B stays with the editor's bold); Ctrl/Cmd+N opens New question; Ctrl/Cmd+Z
 * outside text undoes the last catalog correction.
 */
export function useGlobalShortcuts(handlers: GlobalShortcutHandlers): void {
  const ref = useRef(handlers)
  useEffect(() => {
    ref.current = handlers
  })
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      // A modal dialog owns the keyboard until it closes.
      if (document.querySelector('[aria-modal="true"]')) return
      const mod = e.ctrlKey || e.metaKey
      if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault()
        ref.current.focusSearch()
      } else if (mod && !e.shiftKey && !e.altKey && e.key === '\\') {
        e.preventDefault()
        ref.current.toggleSidebar()
      } else if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'n') {
        if (!ref.current.newQuestion) return
        e.preventDefault()
        ref.current.newQuestion()
      } else if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z') {
        if (!ref.current.undo || isTypingTarget(e.target)) return
        e.preventDefault()
        ref.current.undo()
      } else if (mod && !e.altKey && (e.key === '/' || e.code === 'Slash')) {
        if (!ref.current.showShortcuts) return
        e.preventDefault()
        ref.current.showShortcuts()
      } else if (mod && !e.shiftKey && !e.altKey && e.key === ',') {
        if (!ref.current.openSettings) return
        e.preventDefault()
        ref.current.openSettings()
      } else if (e.key === '?' && !mod && !e.altKey && !isTypingTarget(e.target)) {
        if (!ref.current.showShortcuts) return
        e.preventDefault()
        ref.current.showShortcuts()
      } else if (e.key === '/' && !mod && !e.altKey && !isTypingTarget(e.target)) {
        e.preventDefault()
        ref.current.focusSearch()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
