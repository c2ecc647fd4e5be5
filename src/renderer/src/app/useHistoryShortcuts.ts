/**
 * Back / Forward keys and mouse buttons, window-wide: Alt+← / Alt+→ (Windows, Linux), Cmd+[ /
 * Cmd+] (macOS), and the mouse's back / forward buttons (3 and 4).
 */
import { useEffect, useRef } from 'react'
import { isTypingTarget } from '@renderer/hooks/useGlobalShortcuts'

export interface HistoryHandlers {
  back: () => void
  forward: () => void
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform)

/**
 * Which way a key press goes, or null. On macOS Alt+← / Alt+→ move by word in text (the answer
 * editor, the search box), so there they only navigate outside text; Cmd+[ / Cmd+] work
 * everywhere. Elsewhere Alt+← / Alt+→ do nothing in text, so they navigate everywhere.
 */
export function historyKeyDirection(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'target'>,
  mac: boolean = IS_MAC
): 'back' | 'forward' | null {
  if (e.shiftKey) return null
  const arrow = e.key === 'ArrowLeft' ? 'back' : e.key === 'ArrowRight' ? 'forward' : null
  if (arrow && e.altKey && !e.ctrlKey && !e.metaKey)
    return mac && isTypingTarget(e.target) ? null : arrow
  if (mac && e.metaKey && !e.ctrlKey && !e.altKey) {
    if (e.key === '[' || e.code === 'BracketLeft') return 'back'
    if (e.key === ']' || e.code === 'BracketRight') return 'forward'
  }
  return null
}

/** The tooltip's key names on this platform ("Alt+←" or "⌘["). */
export const HISTORY_KEYS = IS_MAC
  ? { back: '⌘[', forward: '⌘]', aria: { back: 'Meta+[', forward: 'Meta+]' } }
  : { back: 'Alt+←', forward: 'Alt+→', aria: { back: 'Alt+ArrowLeft', forward: 'Alt+ArrowRight' } }

/** Binds the keys and mouse buttons while mounted; a modal dialog keeps them to itself. */
export function useHistoryShortcuts(handlers: HistoryHandlers): void {
  const ref = useRef(handlers)
  useEffect(() => {
    ref.current = handlers
  })
  useEffect(() => {
    const modal = (): boolean => document.querySelector('[aria-modal="true"]') !== null
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || modal()) return
      const direction = historyKeyDirection(e)
      if (!direction) return
      e.preventDefault()
      ref.current[direction]()
    }
    // Buttons 3 and 4 are the mouse's back and forward (auxclick is switched off in the app's
    // window, so mouseup it is); the default would be the browser's own history.
    const onMouseUp = (e: MouseEvent): void => {
      if (e.button !== 3 && e.button !== 4) return
      e.preventDefault()
      if (modal()) return
      ref.current[e.button === 3 ? 'back' : 'forward']()
    }
    const onMouseDown = (e: MouseEvent): void => {
      if (e.button === 3 || e.button === 4) e.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('mouseup', onMouseUp)
    window.addEventListener('mousedown', onMouseDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('mouseup', onMouseUp)
      window.removeEventListener('mousedown', onMouseDown)
    }
  }, [])
}
