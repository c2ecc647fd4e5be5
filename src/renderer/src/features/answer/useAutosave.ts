/** Binds an Autosaver to one open answer for the lifetime of the component. */
import { useEffect, useRef, useState } from 'react'
import { call } from '@renderer/api/notebookClient'
import { Autosaver, type AutosaveStatus } from './autosaver'
import { registerFlushable } from './flushRegistry'

export interface UseAutosaveOptions {
  id: string
  baseRevision: string | null
  loadedMarkdown: string
  read: () => string
}

const INITIAL: AutosaveStatus = { state: 'saved', savedAt: null, error: null, conflict: null }

/**
 * Returns the saver and its status. On unmount (switching question) the pending text is flushed
 * with `force`, so leaving a question never drops a word.
 */
export function useAutosave(options: UseAutosaveOptions | null): {
  saver: Autosaver | null
  status: AutosaveStatus
} {
  const [status, setStatus] = useState<AutosaveStatus>(INITIAL)
  const [saver, setSaver] = useState<Autosaver | null>(null)
  const readRef = useRef(options?.read)
  useEffect(() => {
    readRef.current = options?.read
  })
  const id = options?.id ?? null
  const baseRevision = options?.baseRevision ?? null
  const loadedMarkdown = options?.loadedMarkdown ?? ''
  useEffect(() => {
    if (id === null) return
    const instance = new Autosaver({
      id,
      baseRevision,
      loadedMarkdown,
      read: () => readRef.current?.() ?? loadedMarkdown,
      save: (request) => call('notes:save', request),
      onStatus: setStatus
    })
    setSaver(instance)
    setStatus(INITIAL)
    const unregister = registerFlushable(instance)
    return () => {
      unregister()
      void instance.flush({ force: true }).finally(() => instance.dispose())
    }
    // A new saver per loaded document; later revisions are tracked inside the saver.
  }, [id, baseRevision, loadedMarkdown])
  return { saver, status }
}
