/**
 * Adding and removing sources (sidebar, toolbar, File menu, files dropped on the window). Adding
 * shows the parse preview first and changes nothing until the user says "Add"; removing asks
 * first and says that answers are kept.
 */
import { useCallback, useState } from 'react'
import type { AppNotice, CatalogOverview, SourceInfo, SourcePreview } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'
import { countOf } from '@renderer/components/countOf'

export interface SourceActions {
  adding: boolean
  /** The preview waiting for "Add" or "Cancel". */
  preview: SourcePreview[] | null
  /** The source waiting for the remove confirmation. */
  removing: SourceInfo | null
  addSource: () => Promise<void>
  /** Previews paths that came from a drop (checked again by the main process). */
  previewPaths: (paths: string[]) => Promise<void>
  /** Previews files the OS opened with the app (main granted them, as its dialog would). */
  previewOpened: (paths: string[]) => Promise<void>
  confirmAdd: () => Promise<void>
  cancelAdd: () => void
  removeSource: (source: SourceInfo) => void
  confirmRemove: () => Promise<void>
  cancelRemove: () => void
}

function addedMessage(previews: SourcePreview[]): string {
  const added = previews.filter((p) => !p.error)
  const questions = added.reduce((n, p) => n + p.questions, 0)
  const topics = added.reduce((n, p) => n + p.topics, 0)
  const names = added.map((p) => p.name).join(', ')
  const what = [countOf(questions, 'question'), topics > 0 ? countOf(topics, 'topic') : null]
    .filter(Boolean)
    .join(' and ')
  return `Added ${names}: ${what}.`
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
  const [preview, setPreview] = useState<SourcePreview[] | null>(null)
  // Dropped paths were not picked in the native dialog: main asks the user once more before adding.
  const [dropped, setDropped] = useState(false)
  const [removing, setRemoving] = useState<SourceInfo | null>(null)

  const showPreview = useCallback(
    async (paths: string[], fromDrop: boolean) => {
      if (paths.length === 0) return
      setAdding(true)
      try {
        setPreview(await call('sources:preview', paths))
        setDropped(fromDrop)
      } catch (e) {
        notify({ level: 'error', message: `Could not read the source: ${(e as Error).message}` })
      } finally {
        setAdding(false)
      }
    },
    [notify]
  )

  const addSource = useCallback(async () => {
    try {
      const paths = await call('dialog:pickPath', { kind: 'open-sources' })
      await showPreview(paths, false)
    } catch (e) {
      notify({ level: 'error', message: `Could not add the source: ${(e as Error).message}` })
    }
  }, [notify, showPreview])

  const previewPaths = useCallback((paths: string[]) => showPreview(paths, true), [showPreview])
  const previewOpened = useCallback((paths: string[]) => showPreview(paths, false), [showPreview])

  const confirmAdd = useCallback(async () => {
    const previews = preview
    if (!previews) return
    const paths = previews.filter((p) => !p.error).map((p) => p.path)
    setAdding(true)
    try {
      if (dropped && !(await call('dialog:confirmDrop', paths))) return
      // A source read only in part is announced by the service (app:notice) and listed with its
      // reason in the sidebar; a second toast here only repeated it.
      const sources = await call('sources:add', paths)
      onOverview(await call('catalog:overview'))
      onChanged()
      setPreview(null)
      // A source that failed to load is announced by the service with its reason instead.
      const ok = new Set(sources.filter((s) => s.status === 'ok').map((s) => s.path))
      const added = previews.filter((p) => ok.has(p.path))
      if (added.length > 0) notify({ level: 'info', message: addedMessage(added) })
    } catch (e) {
      notify({ level: 'error', message: `Could not add the source: ${(e as Error).message}` })
    } finally {
      setAdding(false)
    }
  }, [preview, dropped, notify, onOverview, onChanged])

  const confirmRemove = useCallback(async () => {
    const source = removing
    if (!source) return
    setRemoving(null)
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
  }, [removing, notify, onOverview, onChanged])

  return {
    adding,
    preview,
    removing,
    addSource,
    previewPaths,
    previewOpened,
    confirmAdd,
    cancelAdd: () => setPreview(null),
    removeSource: setRemoving,
    confirmRemove,
    cancelRemove: () => setRemoving(null)
  }
}
