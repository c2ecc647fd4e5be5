/** Arrow-key movement along a one-row toolbar (the ARIA toolbar pattern), wrapping at the ends. */

/** The index a key moves to among `count` items from `current`, or null for other keys. */
export function nextToolbarIndex(key: string, count: number, current: number): number | null {
  if (count === 0) return null
  if (key === 'ArrowRight') return (current + 1) % count
  if (key === 'ArrowLeft') return (current - 1 + count) % count
  if (key === 'Home') return 0
  if (key === 'End') return count - 1
  return null
}
