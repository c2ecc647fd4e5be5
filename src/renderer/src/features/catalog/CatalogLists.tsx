/**
 * The sidebar's two lists of the user's own catalog work: entries marked "Not a question"
 * (Hidden, where they can be restored) and corrections that no longer match their entry.
 */
import { memo, useEffect, useState } from 'react'
import type {
  CatalogOverview,
  CorrectionNote,
  CorrectionResult,
  RelatedLink
} from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'
import { Dialog } from '@renderer/components/Dialog'
import { Icon } from '@renderer/components/Icon'
import { countOf } from '@renderer/components/countOf'
import './catalog.css'

export interface CatalogListsProps {
  overview: CatalogOverview
  onOpen: (link: RelatedLink) => void
  onCorrected: (result: CorrectionResult) => void
  onError: (message: string) => void
}

function HiddenDialog(props: CatalogListsProps & { onClose: () => void }) {
  const [items, setItems] = useState<RelatedLink[] | null>(null)
  const { overview, onError } = props
  useEffect(() => {
    call('catalog:hidden').then(setItems, (e: Error) => onError(e.message))
  }, [overview, onError])
  return (
    <Dialog title="Hidden" onClose={props.onClose} wide testId="hidden-dialog">
      <p className="form__hint">Marked “Not a question”: left out of search, study and export.</p>
      <ul className="pick-list">
        {items?.length === 0 && <li className="pick-list__item">Nothing is hidden.</li>}
        {items?.map((item) => (
          <li key={item.id} className="pick-list__item">
            <span>{item.prompt}</span>
            <span className="form__row">
              <button type="button" className="btn btn--small" onClick={() => props.onOpen(item)}>
                Open
              </button>
              <button
                type="button"
                className="btn btn--small"
                onClick={() =>
                  call('catalog:correct', item.id, { type: 'restore' }).then(
                    props.onCorrected,
                    (e: Error) => onError(`Could not restore it: ${e.message}`)
                  )
                }
              >
                Restore
              </button>
            </span>
          </li>
        ))}
      </ul>
    </Dialog>
  )
}

function CorrectionsDialog(props: CatalogListsProps & { onClose: () => void }) {
  const [notes, setNotes] = useState<CorrectionNote[] | null>(null)
  const { overview, onError } = props
  useEffect(() => {
    call('catalog:corrections').then(setNotes, (e: Error) => onError(e.message))
  }, [overview, onError])
  return (
    <Dialog title="Corrections to check" onClose={props.onClose} wide testId="corrections-dialog">
      <p className="form__hint">
        A source changed since you made these. “No longer matches”: its question was not found and
        nothing is applied. “Source changed”: applied, but the source edited the same field.
      </p>
      <ul className="pick-list">
        {notes?.length === 0 && <li className="pick-list__item">Every correction applies.</li>}
        {notes?.map((note) => (
          <li key={note.id} className="pick-list__item">
            <span>
              {note.description} — on “{note.prompt}”
              <br />
              <span className="pick-list__meta">
                {note.outcome === 'orphaned' ? 'No longer matches' : 'Source changed'}
              </span>
            </span>
            <button
              type="button"
              className="btn btn--small"
              onClick={() =>
                call('catalog:discardCorrection', note.id).then(
                  () =>
                    props.onCorrected({
                      id: '',
                      prompt: '',
                      message: `Discarded: ${note.description}.`
                    }),
                  (e: Error) => onError(e.message)
                )
              }
            >
              Discard
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  )
}

/** Two sidebar rows, shown only when there is something to list. */
export const CatalogLists = memo(function CatalogLists(props: CatalogListsProps) {
  const [open, setOpen] = useState<'hidden' | 'corrections' | null>(null)
  const hidden = props.overview.hiddenCount ?? 0
  const toCheck =
    (props.overview.corrections?.orphaned ?? 0) + (props.overview.corrections?.stale ?? 0)
  const orphaned = props.overview.corrections?.orphaned ?? 0
  if (hidden === 0 && toCheck === 0 && open === null) return null
  return (
    <div className="sidebar__extra">
      {hidden > 0 && (
        <button type="button" className="tree__all" onClick={() => setOpen('hidden')}>
          <Icon name="eye" size={14} className="tree__icon" />
          <span className="tree__name">Hidden</span>
          <span className="tree__count">{hidden}</span>
        </button>
      )}
      {toCheck > 0 && (
        <button type="button" className="tree__all" onClick={() => setOpen('corrections')}>
          <Icon name="alert" size={14} className="tree__icon" />
          <span className="tree__name">
            {orphaned === 1
              ? '1 correction no longer matches'
              : orphaned > 1
                ? `${orphaned} corrections no longer match`
                : `${countOf(toCheck, 'correction')} to check`}
          </span>
        </button>
      )}
      {open === 'hidden' && <HiddenDialog {...props} onClose={() => setOpen(null)} />}
      {open === 'corrections' && <CorrectionsDialog {...props} onClose={() => setOpen(null)} />}
    </div>
  )
})
