/**
 * Keeps the answer toolbar on one row: measures its tools once (they are all shown at first),
 * watches the row's width with a ResizeObserver and says how many leading tools fit; the rest
 * belong in the More menu (see fitCount).
 */
import { useLayoutEffect, useReducer, useRef, useState, type RefObject } from 'react'
import { fitCount } from './toolbarOverflow'

// Until the More button has been measured: its width at the default font size.
const MORE_ESTIMATE = 64
const GAP = 2

function outerWidth(el: Element): number {
  const style = getComputedStyle(el)
  return (
    el.getBoundingClientRect().width +
    (parseFloat(style.marginLeft) || 0) +
    (parseFloat(style.marginRight) || 0)
  )
}

/** The tools' widths and which of them are separators, learnt while all are shown. */
interface Measured {
  widths: number[]
  separators: Set<number>
}

export function useToolbarOverflow(
  count: number,
  fixedShown: boolean
): { rowRef: RefObject<HTMLDivElement | null>; shown: number } {
  const rowRef = useRef<HTMLDivElement>(null)
  const measured = useRef<Measured | null>(null)
  const more = useRef(MORE_ESTIMATE)
  const [shown, setShown] = useState(count)
  // A resize only needs a new render: the layout effect below does the fitting.
  const [resizes, resized] = useReducer((n: number) => n + 1, 0)

  useLayoutEffect(() => {
    const row = rowRef.current
    if (!row || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => resized())
    observer.observe(row)
    return () => observer.disconnect()
  }, [])

  useLayoutEffect(() => {
    const row = rowRef.current
    if (!row) return
    const tools = Array.from(row.querySelectorAll('[data-tool]'))
    if (tools.length === count)
      measured.current = {
        widths: tools.map(outerWidth),
        separators: new Set(
          tools.flatMap((el, i) => (el.classList.contains('ae-tool-sep') ? [i] : []))
        )
      }
    const button = row.querySelector('.ae-more')
    if (button) more.current = outerWidth(button)
    // Nothing measured (jsdom has no layout): every tool stays on the row.
    if (!measured.current || row.clientWidth === 0) return
    const fixed = fixedShown ? row.querySelector('[data-fixed]') : null
    const next = fitCount(measured.current.widths, row.clientWidth, {
      gap: GAP,
      more: more.current,
      fixed: fixed ? outerWidth(fixed) : 0,
      separators: measured.current.separators
    })
    if (next !== shown) setShown(next)
    // `resizes` and `fixedShown` (the language picker came or went) are why it runs again.
  }, [count, fixedShown, shown, resizes])

  return { rowRef, shown }
}
