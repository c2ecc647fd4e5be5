/**
 * Loads the reference answers and the saved "My answer" of the card on screen as soon as it
 * comes up, so revealing is instant; the view keeps them covered until then.
 */
import { useCallback, useEffect, useState } from 'react'
import type { EntryView, NoteDoc } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'

export interface CardDetails {
  view: EntryView | null
  error: string | null
  /** Replaces the saved answer shown after "Save as my answer" succeeded. */
  setNote: (note: NoteDoc) => void
}

/** The EntryView of `id`, or null while loading (and after an error). */
export function useCardDetails(id: string | null): CardDetails {
  const [state, setState] = useState<{ id: string; view: EntryView | null; error: string | null }>()

  useEffect(() => {
    if (!id) return
    let live = true
    call('catalog:entry', id).then(
      (view) => live && setState({ id, view, error: view ? null : 'This question is gone.' }),
      (error: Error) => live && setState({ id, view: null, error: error.message })
    )
    return () => {
      live = false
    }
  }, [id])

  const setNote = useCallback((note: NoteDoc) => {
    setState((s) => (s?.view ? { ...s, view: { ...s.view, note } } : s))
  }, [])

  // A state left over from the previous card is never shown for this one.
  const current = state && state.id === id ? state : undefined
  return { view: current?.view ?? null, error: current?.error ?? null, setNote }
}
