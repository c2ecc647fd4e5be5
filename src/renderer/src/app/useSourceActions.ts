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
      const sources = await call('sources:add', paths)
      // Bad sources are listed (with their reason) in the sidebar; say so once here too.
      const broken = sources.filter((s) => paths.includes(s.path) && s.status === 'error')
      for (const s of broken)
        notify({ level: 'error', message: `${s.name}: ${s.error ?? 'could not be read'}` })
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
