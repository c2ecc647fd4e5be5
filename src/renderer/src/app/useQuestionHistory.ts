/**
 * The open question as a place in a history: every way of opening one (a result, a related
 * link, the sidebar lists, a correction) goes through `open`, so Back and Forward can retrace
 * them. Switching questions only changes which one is on screen, so the answer panel's own
 * flush-on-switch (it is keyed by the question) saves the text being left, as for any open.
 */
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react'
import type { RelatedLink } from '@shared/ipc/types'
import {
  EMPTY_HISTORY,
  canGoBack,
  canGoForward,
  currentVisit,
  goBack,
  goForward,
  rememberScroll,
  visit,
  type NavigationHistory
} from './navigationHistory'

export interface QuestionHistory {
  /** The question on screen. */
  current: RelatedLink | null
  /** Where to scroll the question pane once `current` has loaded (its scroll when left). */
  scroll: { id: string; top: number; seq: number } | null
  canBack: boolean
  canForward: boolean
  open: (question: RelatedLink) => void
  /** Nothing open, and nothing to go back to (a restore or a new folder: the old pages go). */
  close: () => void
  /** `open` for a question, `close` for null. */
  show: (question: RelatedLink | null) => void
  back: () => void
  forward: () => void
}

/** Owns the history; `scroller` is the question pane, read when the user leaves a question. */
export function useQuestionHistory(
  scroller: RefObject<HTMLElement | null>,
  initial: RelatedLink | null = null
): QuestionHistory {
  const [state, setState] = useState<{ history: NavigationHistory; seq: number }>(() => ({
    history: initial ? visit(EMPTY_HISTORY, initial) : EMPTY_HISTORY,
    seq: 0
  }))
  const seq = useRef(0)
  // Every move first notes how far the question being left was scrolled.
  const move = useCallback(
    (step: (h: NavigationHistory) => NavigationHistory) => {
      const top = scroller.current?.scrollTop ?? 0
      setState((s) => {
        const next = step(rememberScroll(s.history, top))
        if (currentVisit(next)?.id === currentVisit(s.history)?.id) return { ...s, history: next }
        seq.current += 1
        return { history: next, seq: seq.current }
      })
    },
    [scroller]
  )
  const open = useCallback((q: RelatedLink) => move((h) => visit(h, q)), [move])
  const back = useCallback(() => move(goBack), [move])
  const forward = useCallback(() => move(goForward), [move])
  const close = useCallback(() => setState((s) => ({ ...s, history: EMPTY_HISTORY })), [])
  const show = useCallback((q: RelatedLink | null) => (q ? open(q) : close()), [open, close])

  const here = currentVisit(state.history)
  const current = useMemo(() => (here ? { id: here.id, prompt: here.prompt } : null), [here])
  const scroll = useMemo(
    () => (here ? { id: here.id, top: here.scroll, seq: state.seq } : null),
    [here, state.seq]
  )
  return {
    current,
    scroll,
    canBack: canGoBack(state.history),
    canForward: canGoForward(state.history),
    open,
    close,
    show,
    back,
    forward
  }
}
