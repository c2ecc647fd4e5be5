import { useCallback, useLayoutEffect, useRef } from 'react'

/**
 * A function whose identity never changes but which always runs the latest `fn`: handlers
 * passed to memoised panes (the sidebar, the open question) then do not re-render them on
 * every keystroke in the search box. Not for use during render, only from events and effects.
 */
export function useStableCallback<A extends unknown[], R>(
  fn: (...args: A) => R
): (...args: A) => R {
  const latest = useRef(fn)
  useLayoutEffect(() => {
    latest.current = fn
  })
  return useCallback((...args: A) => latest.current(...args), [])
}
