/** A small progress pill while the catalog is being read and indexed. */
import type { IndexProgress } from '@shared/ipc/types'

const PHASE: Record<IndexProgress['phase'], string> = {
  reading: 'Reading sources',
  parsing: 'Parsing',
  indexing: 'Indexing',
  ready: 'Ready'
}

export function IndexStatus({ progress }: { progress: IndexProgress | null }) {
  if (!progress || progress.phase === 'ready') return null
  const pct = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null
  return (
    <div className="index-status" role="status" data-testid="index-status">
      <span className="spinner" aria-hidden="true" />
      <span>
        {PHASE[progress.phase]}
        {pct !== null && ` ${pct}%`}
      </span>
      {pct !== null && (
        <span className="index-status__bar" aria-hidden="true">
          <span style={{ width: `${pct}%` }} />
        </span>
      )}
    </div>
  )
}
