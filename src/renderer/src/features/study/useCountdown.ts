/**
 * A per-question countdown for mock interviews: restarts when `key` changes, stops while
 * `running` is false, and calls `onExpire` once when the time is up.
 */
import { useEffect, useRef, useState } from 'react'

export interface Countdown {
  remainingMs: number
  /** Time since the countdown (re)started, frozen once it stops. */
  elapsedMs: () => number
}

const TICK_MS = 250

export function useCountdown(
  limitMs: number | null,
  key: string,
  running: boolean,
  onExpire: () => void
): Countdown {
  const startedAt = useRef(0)
  const stoppedAt = useRef<number | null>(null)
  const [tracked, setTracked] = useState({ key, remainingMs: limitMs ?? 0 })
  // A new question starts from the full time (state adjusted during render, not in an effect).
  if (tracked.key !== key) setTracked({ key, remainingMs: limitMs ?? 0 })
  const expire = useRef(onExpire)
  useEffect(() => {
    expire.current = onExpire
  })

  useEffect(() => {
    if (limitMs === null) return
    startedAt.current = Date.now()
    stoppedAt.current = null
  }, [key, limitMs])

  useEffect(() => {
    if (limitMs === null) return
    if (!running) {
      stoppedAt.current ??= Date.now()
      return
    }
    const timer = setInterval(() => {
      const left = Math.max(0, limitMs - (Date.now() - startedAt.current))
      setTracked({ key, remainingMs: left })
      if (left === 0) {
        clearInterval(timer)
        expire.current()
      }
    }, TICK_MS)
    return () => clearInterval(timer)
  }, [key, limitMs, running])

  return {
    remainingMs: tracked.key === key ? tracked.remainingMs : (limitMs ?? 0),
    elapsedMs: () => (stoppedAt.current ?? Date.now()) - startedAt.current
  }
}
