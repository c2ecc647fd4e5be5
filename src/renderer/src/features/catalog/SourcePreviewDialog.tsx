/** What adding a file or folder would bring, before it is added: "Add" or "Cancel". */
import type { SourcePreview } from '@shared/ipc/types'
import { Dialog } from '@renderer/components/Dialog'
import { Icon } from '@renderer/components/Icon'
import { countOf } from '@renderer/components/countOf'
import './catalog.css'

export interface SourcePreviewDialogProps {
  previews: SourcePreview[]
  busy: boolean
  onAdd: () => void
  onCancel: () => void
}

function Counts({ preview }: { preview: SourcePreview }) {
  const tiles: Array<[number, string]> = [
    [preview.items, 'items'],
    [preview.questions, 'questions'],
    [preview.topics, 'topics'],
    [preview.answered, 'with answers']
  ]
  return (
    <div className="preview__counts">
      {tiles.map(([n, label]) => (
        <div key={label} className="preview__count">
          <strong>{n.toLocaleString()}</strong>
          <span>{label}</span>
        </div>
      ))}
    </div>
  )
}

function OnePreview({ preview }: { preview: SourcePreview }) {
  if (preview.error)
    return (
      <div className="form__error" role="alert">
        <Icon name="alert" size={14} /> {preview.error}
      </div>
    )
  return (
    <section aria-label={`Preview of ${preview.name}`}>
      <Counts preview={preview} />
      {preview.sample.length > 0 && (
        <>
          <h3 className="preview__heading">First items</h3>
          <ul className="pick-list">
            {preview.sample.map((item, i) => (
              <li key={i} className="pick-list__item">
                <span>{item.prompt}</span>
                <span className="pick-list__meta">
                  {[
                    item.section,
                    item.kind === 'topic' ? 'topic' : null,
                    item.answered ? 'answered' : null
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.warnings.length > 0 && (
        <>
          <h3 className="preview__heading">Warnings</h3>
          <ul className="form__hint">
            {preview.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      )}
      {preview.unusedCount > 0 && (
        <>
          <h3 className="preview__heading">{countOf(preview.unusedCount, 'line')} not used</h3>
          <pre className="preview__lines">
            {preview.unusedLines.map((l) => `${l.file}:${l.line}  ${l.text}`).join('\n')}
            {preview.unusedCount > preview.unusedLines.length ? '\n…' : ''}
          </pre>
        </>
      )}
    </section>
  )
}

export function SourcePreviewDialog({ previews, busy, onAdd, onCancel }: SourcePreviewDialogProps) {
  const addable = previews.filter((p) => !p.error)
  const title =
    previews.length === 1
      ? `Add ${previews[0]!.name}?`
      : `Add ${countOf(previews.length, 'source')}?`
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      wide
      testId="source-preview"
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn--primary"
            disabled={addable.length === 0 || busy}
            onClick={onAdd}
            data-autofocus
          >
            <Icon name="plus" size={14} /> {busy ? 'Adding…' : 'Add'}
          </button>
        </>
      }
    >
      {previews.map((p) => (
        <div key={p.path}>
          {previews.length > 1 && <h3 className="preview__heading">{p.name}</h3>}
          <p className="form__hint" title={p.path}>
            {p.kind === 'folder' ? `Folder, ${countOf(p.files, 'document')}` : 'File'}: {p.path}
          </p>
          <OnePreview preview={p} />
        </div>
      ))}
    </Dialog>
  )
}
