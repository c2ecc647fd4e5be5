import { useState } from 'react'
import type { SaveConflict } from './autosaver'

export interface ConflictNoticeProps {
  conflict: SaveConflict
  onKeepMine: () => void
  onUseDisk: () => void
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

/**
 * Shown when the answer changed on disk while it had unsaved edits. Nothing was overwritten:
 * the editor keeps the user's text (also saved beside the answer as a conflict copy), and the
 * disk version is shown here to copy from.
 */
export function ConflictNotice({ conflict, onKeepMine, onUseDisk }: ConflictNoticeProps) {
  const [copied, setCopied] = useState(false)
  const copy = (): void => {
    navigator.clipboard
      .writeText(conflict.diskMarkdown)
      .then(() => setCopied(true))
      .catch(() => setCopied(false))
  }
  return (
    <div className="answer-conflict" role="alert">
      <p>
        <strong>This answer was changed outside the app while you were editing.</strong> Nothing was
        overwritten: your text stays in the editor and was also saved as{' '}
        <code>{fileName(conflict.keptAs)}</code>. The version on disk is below.
      </p>
      <pre className="answer-conflict-disk" aria-label="Version on disk" tabIndex={0}>
        {conflict.diskMarkdown}
      </pre>
      <div className="answer-conflict-actions">
        <button type="button" onClick={copy}>
          {copied ? 'Copied' : 'Copy disk version'}
        </button>
        <button type="button" onClick={onUseDisk}>
          Use disk version
        </button>
        <button type="button" className="primary" onClick={onKeepMine}>
          Keep my version
        </button>
      </div>
    </div>
  )
}
