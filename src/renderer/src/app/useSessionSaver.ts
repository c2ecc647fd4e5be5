/**
 * Writes "where the user left off" to main (`session:save`) as it changes: coalesced, so a
 * burst of keystrokes or scroll events is one small write, and at once on quit, reload or when
 * the window is hidden (the answer autosavers' flush path), so a crash loses at most the last
 * half second.
 */
import { useCallback, useEffect, useRef } from 'react'
import { SESSION_VERSION, type SessionState } from '@shared/ipc/sessionTypes'
import { call } from '@renderer/api/notebookClient'
import { registerFlushable } from '@renderer/features/answer/flushRegistry'

/** Quiet time before a change is written. */
export const SESSION_SAVE_DELAY_MS = 500

export type SessionSnapshot = Omit<SessionState, 'v' | 'resultsScroll'>

export interface SessionSaver {
  /** The results list scrolled: written with the next save. */
  scrolled: (top: number) => void
}

/** Saves `snapshot` (plus the last scroll) whenever it changes, while `enabled`. */
export function useSessionSaver(
  enabled: boolean,
  snapshot: SessionSnapshot,
  initialScroll: number
): SessionSaver {
  const key = JSON.stringify(snapshot)
  const latest = useRef({ snapshot, enabled })
  useEffect(() => {
    latest.current = { snapshot, enabled }
  })
  const scroll = useRef(initialScroll)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  // What main holds now: the state the window opened with counts as written.
  const written = useRef(JSON.stringify({ ...snapshot, resultsScroll: initialScroll }))

  const write = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (!latest.current.enabled) return
    const compared = {
      ...latest.current.snapshot,
      resultsScroll: Math.max(0, Math.round(scroll.current))
    }
    const json = JSON.stringify(compared)
    if (json === written.current) return
    written.current = json
    const state: SessionState = { v: SESSION_VERSION, ...compared }
    // A failed write is retried with the next change; restoring is a convenience, not data.
    await call('session:save', state).catch(() => {
      written.current = ''
    })
  }, [])
  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void write(), SESSION_SAVE_DELAY_MS)
  }, [write])

  useEffect(() => {
    if (enabled) schedule()
  }, [key, enabled, schedule])
  useEffect(() => {
    const off = registerFlushable({ flush: () => (timer.current ? write() : Promise.resolve()) })
    return () => {
      off()
      if (timer.current) clearTimeout(timer.current)
    }
  }, [write])

  return {
    scrolled: useCallback(
      (top: number) => {
        scroll.current = top
        if (latest.current.enabled) schedule()
      },
      [schedule]
    )
  }
}
