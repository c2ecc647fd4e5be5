/** A value that follows its input only once the input has stopped changing for a while. */
import { useEffect, useState } from 'react'

/**
 * Returns `value` after it has stayed the same for `delayMs`; until then, the last settled one.
 * Live regions use it so that a screen reader hears the result of a burst of typing once,
 * not every intermediate state.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return settled
}
