/** Merge: search for the entry that asks the same thing, pick it, and fold this one into it. */
import { useEffect, useState } from 'react'
import type { SearchHit } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'
import { Dialog } from '@renderer/components/Dialog'
import { DialogActions } from '@renderer/components/DialogActions'
import { Icon } from '@renderer/components/Icon'
import './catalog.css'

export interface MergeDialogProps {
  id: string
  prompt: string
  onClose: () => void
  onMerge: (into: SearchHit) => Promise<void>
}

export function MergeDialog({ id, prompt, onClose, onMerge }: MergeDialogProps) {
  const [query, setQuery] = useState(prompt)
  const [hits, setHits] = useState<SearchHit[]>([])
  const [picked, setPicked] = useState<SearchHit | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    call('search:query', { query, limit: 12 }).then(
      (response) => {
        if (live && !response.cancelled) setHits(response.hits.filter((h) => h.id !== id))
      },
      (e: Error) => live && setError(e.message)
    )
    return () => {
      live = false
    }
  }, [query, id])

  const merge = async (): Promise<void> => {
    if (!picked) return
    setBusy(true)
    try {
      await onMerge(picked)
    } catch (e) {
      setError((e as Error).message)
      setBusy(false)
    }
  }

  return (
    <Dialog
      title="Merge with another question"
      onClose={onClose}
      wide
      testId="merge-dialog"
      footer={
        <DialogActions
          onCancel={onClose}
          label="Merge"
          disabled={!picked || busy}
          onConfirm={() => void merge()}
        />
      }
    >
      <div className="form">
        <p className="form__hint">
          “{prompt}” joins the question you pick. Both keep their reference answers and sources; if
          both have your answer, both texts are kept.
        </p>
        <label className="form__field">
          <span className="form__label">Find the question</span>
          <input
            className="input"
            type="search"
            value={query}
            data-autofocus
            onChange={(e) => {
              setQuery(e.target.value)
              setPicked(null)
            }}
          />
        </label>
        <ul className="pick-list" role="listbox" aria-label="Questions to merge with">
          {hits.length === 0 && <li className="pick-list__item">No other question matches.</li>}
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                role="option"
                className="pick-list__item"
                aria-selected={picked?.id === hit.id}
                onClick={() => setPicked(hit)}
              >
                <span>{hit.prompt}</span>
                {hit.section && <span className="pick-list__meta">{hit.section}</span>}
              </button>
            </li>
          ))}
        </ul>
        {error && (
          <div className="form__error" role="alert">
            <Icon name="alert" size={14} /> {error}
          </div>
        )}
      </div>
    </Dialog>
  )
}
