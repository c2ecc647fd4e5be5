/**
 * A small progress pill while the catalog is being read and indexed. While folders are scanned
 * or documents read (the long part when a big folder was added) it offers Cancel.
 */
import type { IndexProgress } from '@shared/ipc/types'

const PHASE: Record<IndexProgress['phase'], string> = {
  scanning: 'Scanning folders',
  reading: 'Reading sources',
  parsing: 'Parsing',
  indexing: 'Indexing',
  ready: 'Ready'
}

export function IndexStatus({
  progress,
  onCancel
}: {
  progress: IndexProgress | null
  /** Stops the folder scan; shown while scanning or reading. */
  onCancel?: () => void
}) {
  if (!progress || progress.phase === 'ready') return null
  const pct = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null
  const cancellable = onCancel && (progress.phase === 'scanning' || progress.phase === 'reading')
  const label = PHASE[progress.phase]
  return (
    <div className="index-status" role="status" data-testid="index-status" title={label}>
      <span className="spinner" aria-hidden="true" />
      <span>
        {/* In a narrow window the phase name gives way; the count, bar and Cancel stay. */}
        <span className="index-status__label">{label} </span>
        {/* A scan's total is unknown: the count of folders read so far shows it is moving. */}
        {progress.phase === 'scanning' && `(${progress.done.toLocaleString()})`}
        {pct !== null && `${pct}%`}
      </span>
      {pct !== null && (
        <span className="index-status__bar" aria-hidden="true">
          <span style={{ width: `${pct}%` }} />
        </span>
      )}
      {cancellable && (
        <button
          type="button"
          className="btn btn--ghost btn--small index-status__cancel"
          onClick={onCancel}
          data-testid="index-cancel"
        >
          Cancel
        </button>
      )}
    </div>
  )
}
