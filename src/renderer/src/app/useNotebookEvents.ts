/** Subscribes to the main process's events for as long as the notebook is mounted. */
import { useEffect, useRef } from 'react'
import type { AppCommand, AppNotice, IndexProgress } from '@shared/ipc/types'
import { subscribe } from '@renderer/api/notebookClient'

export interface NotebookEventHandlers {
  onNotice: (notice: AppNotice) => void
  onCommand: (command: AppCommand) => void
  onIndexProgress: (progress: IndexProgress) => void
  onNoteChanged: (id: string) => void
  /** The catalog was rebuilt (sources added, removed or edited on disk). */
  onCatalogChanged: () => void
}

/** Handlers may change every render; the subscriptions are made once. */
export function useNotebookEvents(handlers: NotebookEventHandlers): void {
  const ref = useRef(handlers)
  useEffect(() => {
    ref.current = handlers
  })
  useEffect(() => {
    const offs = [
      subscribe('app:notice', (n) => ref.current.onNotice(n)),
      subscribe('app:command', ({ command }) => ref.current.onCommand(command)),
      subscribe('index:progress', (p) => ref.current.onIndexProgress(p)),
      subscribe('notes:changed', ({ id }) => ref.current.onNoteChanged(id)),
      subscribe('catalog:changed', () => ref.current.onCatalogChanged())
    ]
    return () => offs.forEach((off) => off())
  }, [])
}
