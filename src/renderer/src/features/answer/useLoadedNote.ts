/** Loads the answer for a question (`notes:load`); a missing answer loads as empty. */
import { useCallback, useEffect, useState } from 'react'
import { call } from '@renderer/api/notebookClient'

export interface LoadedNote {
  id: string
  markdown: string
  revision: string | null
}

/** The loaded note for `entryId` (null while loading) and the load error, if any. */
export function useLoadedNote(entryId: string): {
  note: LoadedNote | null
  error: string | null
  retry: () => void
} {
  const [note, setNote] = useState<LoadedNote | null>(null)
  // Keyed by question so a stale result or error never shows under another question.
  const [error, setError] = useState<{ id: string; message: string; attempt: number } | null>(null)
  const [attempt, setAttempt] = useState(0)
  // Forget the previous question's note at once (React's "reset state on prop change" pattern),
  // so going A → B → A never shows A's older copy while A reloads.
  const [loadedFor, setLoadedFor] = useState(entryId)
  if (loadedFor !== entryId) {
    setLoadedFor(entryId)
    setNote(null)
  }
  useEffect(() => {
    let cancelled = false
    call('notes:load', entryId)
      .then((doc) => {
        if (cancelled) return
        setNote({ id: entryId, markdown: doc?.markdown ?? '', revision: doc?.revision ?? null })
      })
      .catch((e: unknown) => {
        if (!cancelled)
          setError({ id: entryId, attempt, message: e instanceof Error ? e.message : String(e) })
      })
    return () => {
      cancelled = true
    }
  }, [entryId, attempt])
  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  const current = error && error.id === entryId && error.attempt === attempt ? error.message : null
  return { note: note?.id === entryId ? note : null, error: current, retry }
}
