import { useState, type FormEvent } from 'react'
import { isSafeLinkUrl, withoutDoubledScheme } from '../markdown/linkPolicy'

export interface LinkFormProps {
  onApply: (url: string) => void
  onCancel: () => void
}

/**
 * The URL field the Link button opens. An inline form rather than `window.prompt`, which
 * Electron does not implement; only http(s) addresses are accepted.
 */
export function LinkForm({ onApply, onCancel }: LinkFormProps) {
  const [url, setUrl] = useState('https://')
  const valid = isSafeLinkUrl(url)
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (valid) onApply(url.trim())
  }
  return (
    <form className="ae-link-form" onSubmit={submit} aria-label="Insert link">
      <input
        type="url"
        value={url}
        autoFocus
        aria-label="Link address (http or https)"
        // Not flagged while it still shows the starting "https://".
        aria-invalid={!valid && url !== 'https://'}
        onChange={(e) => setUrl(withoutDoubledScheme(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault()
            e.stopPropagation()
            onCancel()
          }
        }}
      />
      <button type="submit" disabled={!valid}>
        Add link
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  )
}
