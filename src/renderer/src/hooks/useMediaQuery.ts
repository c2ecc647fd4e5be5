/** Whether a CSS media query matches now, re-rendering when it starts or stops matching. */
import { useCallback, useSyncExternalStore } from 'react'

/**
 * The breakpoint below which the notebook turns compact: the sidebar becomes an overlay and the
 * question and My answer stack. Kept in step with the `max-width: 1099px` rules in the CSS.
 */
export const NARROW_WINDOW = '(max-width: 1099px)'

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      // jsdom and very old engines have no matchMedia: treat the query as not matching.
      if (typeof window.matchMedia !== 'function') return () => undefined
      const list = window.matchMedia(query)
      list.addEventListener('change', changed)
      return () => list.removeEventListener('change', changed)
    },
    [query]
  )
  return useSyncExternalStore(
    subscribe,
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false
  )
}
