/** Adding and removing sources from the sidebar (and the File menu's "Add source…"). */
import { useCallback, useState } from 'react'
import type { AppNotice, CatalogOverview, SourceInfo } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'

export interface SourceActions {
  adding: boolean
  addSource: () => Promise<void>
  removeSource: (source: SourceInfo) => Promise<void>
}

/**
 * @param onChanged called after the catalog changed, with the source removed (if any), so the
 *   caller can refresh results and drop filters that point at it.
 */
export function useSourceActions(
  notify: (notice: AppNotice) => void,
  onOverview: (overview: CatalogOverview) => void,
  onChanged: (removed?: SourceInfo) => void
): SourceActions {
  const [adding, setAdding] = useState(false)

  const addSource = useCallback(async () => {
    setAdding(true)
    try {
      const paths = await call('dialog:pickPath', { kind: 'open-sources' })
      if (paths.length === 0) return
      // A source read only in part is announced by the service (app:notice) and listed with its
      // reason in the sidebar; a second toast here only repeated it.
      await call('sources:add', paths)
      onOverview(await call('catalog:overview'))
      onChanged()
    } catch (e) {
      notify({ level: 'error', message: `Could not add the source: ${(e as Error).message}` })
    } finally {
      setAdding(false)
    }
  }, [notify, onOverview, onChanged])

  const removeSource = useCallback(
    async (source: SourceInfo) => {
      try {
        await call('sources:remove', source.path)
        onOverview(await call('catalog:overview'))
        onChanged(source)
        notify({ level: 'info', message: `Removed ${source.name}. Your answers are kept.` })
      } catch (e) {
        notify({
          level: 'error',
          message: `Could not remove ${source.name}: ${(e as Error).message}`
        })
      }
    },
    [notify, onOverview, onChanged]
  )

  return { adding, addSource, removeSource }
}
