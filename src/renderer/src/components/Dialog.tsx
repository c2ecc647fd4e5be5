/** A modal dialog: focus moves in on open, Escape closes, focus returns to the opener. */
import { useEffect, useRef, type ReactNode } from 'react'
import { Icon } from './Icon'
import './Dialog.css'

export interface DialogProps {
  title: string
  onClose: () => void
  children: ReactNode
  footer?: ReactNode
  testId?: string
  /** A wider panel, for lists and forms. */
  wide?: boolean
  /** An extra class on the panel (a dialog's own width, say). */
  className?: string
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])'

/** Renders over the app with a dimmed backdrop; Tab stays inside the dialog. */
export function Dialog({ title, onClose, children, footer, testId, wide, className }: DialogProps) {
  const panel = useRef<HTMLDivElement>(null)
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  })

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null
    const first =
      panel.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      panel.current?.querySelector<HTMLElement>(FOCUSABLE)
    first?.focus()
    // Escape closes even when focus has left the panel (e.g. the focused button was replaced).
    const onEscape = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented) return
      e.preventDefault()
      onCloseRef.current()
    }
    window.addEventListener('keydown', onEscape)
    return () => {
      window.removeEventListener('keydown', onEscape)
      opener?.focus?.()
    }
  }, [])

  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key !== 'Tab' || !panel.current) return
    const items = Array.from(panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
      (el) => !el.hasAttribute('disabled')
    )
    const firstItem = items[0]
    const lastItem = items[items.length - 1]
    if (!firstItem || !lastItem) return
    if (e.shiftKey && document.activeElement === firstItem) {
      e.preventDefault()
      lastItem.focus()
    } else if (!e.shiftKey && document.activeElement === lastItem) {
      e.preventDefault()
      firstItem.focus()
    }
  }

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={panel}
        className={['dialog', wide ? 'dialog--wide' : '', className ?? '']
          .filter(Boolean)
          .join(' ')}
        role="dialog"
        aria-modal="true"
        aria-labelledby="dialog-title"
        data-testid={testId}
        onKeyDown={onKeyDown}
      >
        {/* Plain divs: a <header> outside a sectioning element would be a second banner. */}
        <div className="dialog__header">
          <h2 id="dialog-title">{title}</h2>
          <button
            type="button"
            className="btn btn--ghost btn--icon"
            aria-label="Close"
            onClick={onClose}
          >
            <Icon name="x" />
          </button>
        </div>
        <div className="dialog__body">{children}</div>
        {footer && <div className="dialog__footer">{footer}</div>}
      </div>
    </div>
  )
}
