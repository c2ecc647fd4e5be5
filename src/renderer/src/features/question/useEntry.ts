/** Loads one question's view (`catalog:entry`), dropping answers to superseded requests. */
import { useEffect, useState } from 'react'
import type { EntryView } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'

export type EntryLoad =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'error'; message: string }
  | { state: 'ready'; view: EntryView }

/** Re-fetches when `id` or `reloadKey` changes; the previous entry shows while reloading. */
export function useEntry(id: string, reloadKey = 0): [EntryLoad, (view: EntryView) => void] {
  const [stored, setStored] = useState<{ id: string; load: EntryLoad } | null>(null)
  useEffect(() => {
    let live = true
    call('catalog:entry', id).then(
      (view) =>
        live && setStored({ id, load: view ? { state: 'ready', view } : { state: 'missing' } }),
      (error: Error) => live && setStored({ id, load: { state: 'error', message: error.message } })
    )
    return () => {
      live = false
    }
  }, [id, reloadKey])
  const load: EntryLoad = stored && stored.id === id ? stored.load : { state: 'loading' }
  return [load, (view) => setStored({ id: view.entry.id, load: { state: 'ready', view } })]
}
