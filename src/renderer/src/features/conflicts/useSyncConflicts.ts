/** The notebook folder's sync conflicts: listed at start, listed again when main says they moved. */
import { useCallback, useEffect, useState } from 'react'
import type { SyncConflict } from '@shared/ipc/conflictTypes'
import { call, subscribe } from '@renderer/api/notebookClient'

export interface SyncConflictsState {
  conflicts: SyncConflict[]
  refresh: () => void
}

export function useSyncConflicts(onError: (message: string) => void): SyncConflictsState {
  const [conflicts, setConflicts] = useState<SyncConflict[]>([])
  const refresh = useCallback(() => {
    call('conflicts:list').then(setConflicts, (e: Error) =>
      onError(`Could not check the notebook folder for sync conflicts: ${e.message}`)
    )
  }, [onError])
  useEffect(refresh, [refresh])
  useEffect(() => subscribe('conflicts:changed', refresh), [refresh])
  return { conflicts, refresh }
}
