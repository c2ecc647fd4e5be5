/**
 * A visually hidden live region. It stays mounted (screen readers only announce changes to a
 * region that already existed) and says a message when its text changes; empty says nothing.
 */
export interface LiveMessageProps {
  text: string
  /** 'polite' waits for the user to pause; 'assertive' interrupts (for failures only). */
  politeness?: 'polite' | 'assertive'
  testId?: string
}

export function LiveMessage({ text, politeness = 'polite', testId }: LiveMessageProps) {
  return (
    <span
      className="sr-only"
      role={politeness === 'assertive' ? 'alert' : 'status'}
      aria-live={politeness}
      aria-atomic="true"
      data-testid={testId}
    >
      {text}
    </span>
  )
}
