/**
 * A drag handle between two panes, also movable with the arrow keys: vertical between side-by-side
 * panes (Left/Right), horizontal between stacked ones (Up/Down).
 */
import { useRef } from 'react'
import './SplitHandle.css'

export interface SplitHandleProps {
  label: string
  /** Current position (px or fraction, as the caller measures it). */
  value: number
  min: number
  max: number
  /** Keyboard step in the same unit as `value`. */
  step: number
  /** Converts a pointer drag distance in px to the new value, from the value at drag start. */
  fromDrag: (startValue: number, deltaPx: number) => number
  onChange: (value: number) => void
  /** Called once when a drag or key press ends, to persist the size. */
  onCommit: (value: number) => void
  /** `horizontal` for a handle between stacked panes: drags and keys go up and down. */
  orientation?: 'vertical' | 'horizontal'
}

const clamp = (v: number, min: number, max: number): number => Math.min(max, Math.max(min, v))

/** Renders a `role="separator"` that resizes its neighbours. */
export function SplitHandle(props: SplitHandleProps) {
  const { label, value, min, max, step, fromDrag, onChange, onCommit } = props
  const horizontal = props.orientation === 'horizontal'
  const along = (e: { clientX: number; clientY: number }): number =>
    horizontal ? e.clientY : e.clientX
  const drag = useRef<{ x: number; start: number; last: number } | null>(null)

  return (
    <div
      className={`split-handle${horizontal ? ' split-handle--horizontal' : ''}`}
      role="separator"
      aria-orientation={horizontal ? 'horizontal' : 'vertical'}
      aria-label={label}
      aria-valuenow={Math.round(value * 100) / 100}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={(e) => {
        e.preventDefault()
        e.currentTarget.setPointerCapture?.(e.pointerId)
        drag.current = { x: along(e), start: value, last: value }
        document.body.classList.add(horizontal ? 'is-resizing-rows' : 'is-resizing')
      }}
      onPointerMove={(e) => {
        if (!drag.current) return
        const next = clamp(fromDrag(drag.current.start, along(e) - drag.current.x), min, max)
        drag.current.last = next
        onChange(next)
      }}
      onPointerUp={() => {
        if (!drag.current) return
        onCommit(drag.current.last)
        drag.current = null
        document.body.classList.remove('is-resizing', 'is-resizing-rows')
      }}
      onKeyDown={(e) => {
        const [less, more] = horizontal ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight']
        const delta = e.key === less ? -step : e.key === more ? step : 0
        if (!delta) return
        e.preventDefault()
        const next = clamp(value + delta, min, max)
        onChange(next)
        onCommit(next)
      }}
    />
  )
}
