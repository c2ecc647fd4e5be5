/**
 * Practice keys: Space reveals, 1-4 grade (Again / Hard / Good / Easy). They are ignored while
 * the user types in a field, so a draft can hold spaces and digits; in the draft box
 * Ctrl/Cmd+Enter reveals and Escape leaves the box so the single keys work again.
 */
import { useEffect, useRef } from 'react'
import type { ReviewGrade } from '@shared/domain/study/types'
import type { SessionPhase } from '@shared/domain/study/sessionMachine'
import { isTypingTarget } from '@renderer/hooks/useGlobalShortcuts'

export interface SessionKeyHandlers {
  /** Keys are ignored while false (the session is hidden). */
  active: boolean
  phase: SessionPhase
  reveal: () => void
  grade: (grade: ReviewGrade) => void
}

const GRADE_KEYS: Record<string, ReviewGrade> = { '1': 1, '2': 2, '3': 3, '4': 4 }

/** Binds the practice keys on the window while the session is mounted. */
export function useSessionKeys(handlers: SessionKeyHandlers): void {
  const ref = useRef(handlers)
  useEffect(() => {
    ref.current = handlers
  })
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.altKey || e.defaultPrevented) return
      const { active, phase, reveal, grade } = ref.current
      if (!active) return
      const mod = e.ctrlKey || e.metaKey
      if (isTypingTarget(e.target)) {
        if (mod && e.key === 'Enter' && phase === 'prompt') {
          e.preventDefault()
          reveal()
        } else if (e.key === 'Escape' && e.target instanceof HTMLElement) {
          e.target.blur()
        }
        return
      }
      if (mod) return
      if (e.key === ' ' && phase === 'prompt') {
        e.preventDefault()
        reveal()
      } else if (e.key in GRADE_KEYS && phase === 'revealed') {
        e.preventDefault()
        grade(GRADE_KEYS[e.key]!)
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
