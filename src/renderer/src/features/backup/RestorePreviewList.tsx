/** What a restore will change, in the words a user checks before saying yes. */
import type { RestorePreview } from '@shared/ipc/types'
import { restoreChanges } from './restoreChanges'

export function RestorePreviewList({ preview }: { preview: RestorePreview }) {
  const lines = restoreChanges(preview)
  return (
    <div className="backup__preview" data-testid="restore-preview">
      <p>
        Restoring <code>{preview.archive}</code>{' '}
        {lines.length > 0 ? 'will:' : 'changes nothing: it matches your current notes.'}
      </p>
      {lines.length > 0 && (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p className="backup__safety">
        Your current notes are backed up first, so this restore can be undone.
      </p>
    </div>
  )
}
