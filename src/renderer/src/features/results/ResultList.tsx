/**
 * The virtualised result list (a `listbox`): only the rows in view exist in the DOM, so 50,000
 * results scroll like 50. Arrow keys or j/k move, Home/End/PageUp/PageDown jump, Enter opens.
 */
import { forwardRef, useEffect, useLayoutEffect, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { SearchHit } from '@shared/ipc/types'
import { ResultRow, ResultRowSkeleton } from './ResultRow'
import './ResultList.css'

/**
 * A first guess at a row's height (one-line prompt plus meta line); each rendered row is then
 * measured, so short prompts leave no gap and two-line prompts are not clipped.
 */
export const ESTIMATED_ROW_HEIGHT = 66

export interface ResultListProps {
  total: number
  hits: Array<SearchHit | undefined>
  activeIndex: number
  openId: string | null
  onActiveChange: (index: number) => void
  onOpen: (hit: SearchHit) => void
  ensureRange: (start: number, end: number) => void
  /** A newer search is on its way: the list says so (`aria-busy`) until its hits arrive. */
  loading?: boolean
  /** scrollTop to start at when the list appears (a restored session); read once. */
  initialScroll?: number
  /** The list scrolled (for the saved session). */
  onScrolled?: (top: number) => void
}

export const ResultList = forwardRef<HTMLDivElement, ResultListProps>(function ResultList(
  {
    total,
    hits,
    activeIndex,
    openId,
    onActiveChange,
    onOpen,
    ensureRange,
    loading = false,
    initialScroll = 0,
    onScrolled
  },
  ref
) {
  const scroller = useRef<HTMLDivElement | null>(null)
  const rows = useRef<HTMLDivElement | null>(null)
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8
  })
  // A restored session's list comes back where it was scrolled (only when it first appears;
  // the spacer already has the estimated height, so the offset is reachable).
  const startAt = useRef(initialScroll)
  useLayoutEffect(() => {
    if (scroller.current && startAt.current > 0) scroller.current.scrollTop = startAt.current
  }, [])
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0

  // A row reused for another hit (rows are keyed by position) keeps its old height until the
  // ResizeObserver reports, a frame later, which costs one more render and frame per result.
  // Measuring the rows here, before paint, lays the new results out in the frame they arrive.
  useLayoutEffect(() => {
    for (const node of rows.current?.children ?? []) {
      const index = Number((node as HTMLElement).dataset['index'])
      if (Number.isInteger(index)) virtualizer.resizeItem(index, (node as HTMLElement).offsetHeight)
    }
  }, [hits, virtualizer])

  // Re-checked when hits change too: a refreshed search of the same size must refill the view.
  useEffect(() => {
    if (total > 0) ensureRange(first, last)
  }, [first, last, total, hits, ensureRange])

  // Only when the active row is out of view: every new result resets it to row 0, which is
  // usually on screen already, and a needless scroll costs a frame.
  useEffect(() => {
    if (activeIndex < 0 || activeIndex >= total) return
    if (!isRowInView(scroller.current, activeIndex)) virtualizer.scrollToIndex(activeIndex)
  }, [activeIndex, total, virtualizer])

  const pageRows = Math.max(
    1,
    Math.floor((scroller.current?.clientHeight ?? 600) / ESTIMATED_ROW_HEIGHT) - 1
  )

  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    const moves: Record<string, number> = {
      ArrowDown: 1,
      j: 1,
      ArrowUp: -1,
      k: -1,
      PageDown: pageRows,
      PageUp: -pageRows,
      Home: -Infinity,
      End: Infinity
    }
    const delta = moves[e.key]
    if (delta !== undefined) {
      e.preventDefault()
      if (total === 0) return
      const from = activeIndex < 0 ? (delta > 0 ? -1 : total) : activeIndex
      onActiveChange(Math.max(0, Math.min(total - 1, from + delta)))
    } else if (e.key === 'Enter' || e.key === 'o') {
      const hit = hits[activeIndex]
      if (hit) {
        e.preventDefault()
        onOpen(hit)
      }
    }
  }

  return (
    <div
      ref={(node) => {
        scroller.current = node
        if (typeof ref === 'function') ref(node)
        else if (ref) ref.current = node
      }}
      id="result-list"
      className="result-list"
      role="listbox"
      aria-label="Search results"
      aria-busy={loading || undefined}
      tabIndex={0}
      aria-activedescendant={
        activeIndex >= 0 && activeIndex < total ? `result-${activeIndex}` : undefined
      }
      onKeyDown={onKeyDown}
      onScroll={onScrolled ? (e) => onScrolled(e.currentTarget.scrollTop) : undefined}
      data-testid="result-list"
    >
      <div
        ref={rows}
        role="presentation"
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => {
          const hit = hits[item.index]
          const selected = item.index === activeIndex
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              id={`result-${item.index}`}
              role="option"
              aria-selected={selected}
              aria-setsize={total}
              aria-posinset={item.index + 1}
              aria-busy={hit ? undefined : true}
              data-testid="result-item"
              data-entry-id={hit?.id}
              className={`result-row${selected ? ' result-row--active' : ''}${
                hit && hit.id === openId ? ' result-row--open' : ''
              }`}
              style={{ transform: `translateY(${item.start}px)` }}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                onActiveChange(item.index)
                scroller.current?.focus()
                if (hit) onOpen(hit)
              }}
            >
              {hit ? <ResultRow hit={hit} /> : <ResultRowSkeleton />}
            </div>
          )
        })}
      </div>
    </div>
  )
})

/** True when row `index` is rendered and wholly inside the scroll box. */
function isRowInView(box: HTMLElement | null, index: number): boolean {
  const row = box?.querySelector<HTMLElement>(`[data-index="${index}"]`)
  if (!box || !row) return false
  const outer = box.getBoundingClientRect()
  const inner = row.getBoundingClientRect()
  return inner.top >= outer.top && inner.bottom <= outer.bottom
}
