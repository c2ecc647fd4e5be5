/** A vertical drag handle between two panes, also movable with the arrow keys. */
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
}

const clamp = (v: number, min: number, max: number): number => Math.min(max, Math.max(min, v))

/** Renders a `role="separator"` that resizes its neighbours. */
export function SplitHandle(props: SplitHandleProps) {
  const { label, value, min, max, step, fromDrag, onChange, onCommit } = props
  const drag = useRef<{ x: number; start: number; last: number } | null>(null)

  return (
    <div
      className="split-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(value * 100) / 100}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={(e) => {
        e.preventDefault()
        e.currentTarget.setPointerCapture?.(e.pointerId)
        drag.current = { x: e.clientX, start: value, last: value }
        document.body.classList.add('is-resizing')
      }}
      onPointerMove={(e) => {
        if (!drag.current) return
        const next = clamp(fromDrag(drag.current.start, e.clientX - drag.current.x), min, max)
        drag.current.last = next
        onChange(next)
      }}
      onPointerUp={() => {
        if (!drag.current) return
        onCommit(drag.current.last)
        drag.current = null
        document.body.classList.remove('is-resizing')
      }}
      onKeyDown={(e) => {
        const delta = e.key === 'ArrowLeft' ? -step : e.key === 'ArrowRight' ? step : 0
        if (!delta) return
        e.preventDefault()
        const next = clamp(value + delta, min, max)
        onChange(next)
        onCommit(next)
      }}
    />
  )
}
