/**
 * Export: pick the format (Markdown, CSV, Anki package), the Markdown layout, reference answers
 * and scope, then a path; shows progress, then "Show in folder" on success or the reason on
 * failure.
 */
import { useEffect, useState } from 'react'
import type { ExportResult } from '@shared/ipc/types'
import { call, subscribe } from '@renderer/api/notebookClient'
import { Dialog } from '@renderer/components/Dialog'
import { Icon } from '@renderer/components/Icon'
import { DoneNotice } from '@renderer/components/DoneNotice'
import { countOf } from '@renderer/components/countOf'
import type { FilterState } from '@renderer/features/search/filterState'
import {
  buildExportRequest,
  exportPickRequest,
  hasCurrentScope,
  type ExportChoices,
  type ExportFormat,
  type ExportLayout
} from './buildExportRequest'
import './ExportDialog.css'

type Phase =
  | { name: 'choose' }
  | { name: 'picking' }
  | { name: 'exporting'; out: string }
  | { name: 'done'; out: string; result: ExportResult }
  | { name: 'error'; message: string }

const FORMATS: Array<{ value: ExportFormat; label: string; hint: string }> = [
  { value: 'md', label: 'Markdown', hint: 'Notes to read' },
  { value: 'csv', label: 'CSV', hint: 'Rows to filter' },
  { value: 'apkg', label: 'Anki deck', hint: 'Cards to study' }
]

// What a one-file format holds, in place of the Markdown layouts.
const FORMAT_DETAILS: Record<Exclude<ExportFormat, 'md'>, string> = {
  csv: 'Columns: Question, My answer, Reference answers, Section, Tags, Status. Opens in Excel, LibreOffice and Google Sheets.',
  apkg: 'One Basic card per question: the question on the front; your answer, then the reference answers, on the back. Tags: section and your tags. Opens in Anki and AnkiDroid.'
}

const LAYOUTS: Array<{ value: ExportLayout; label: string; hint: string }> = [
  { value: 'single', label: 'One Markdown file', hint: 'Title, contents, grouped by section' },
  { value: 'per-section', label: 'A file per section', hint: 'Into a folder you choose' },
  { value: 'per-question', label: 'A file per question', hint: 'With YAML front matter' }
]

/** How far a big export has got, as a bar and a percentage. */
function ExportProgressBar({ done, total }: { done: number; total: number }) {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0
  return (
    <span className="export__bar-row">
      <progress
        className="export__bar"
        max={100}
        value={percent}
        aria-label="Export progress"
        data-testid="export-progress"
      />
      <span className="export__percent">{percent}%</span>
    </span>
  )
}

export interface ExportDialogProps {
  query: string
  filters: FilterState
  /** How many results the current search shows, for the scope label. */
  currentCount: number
  onClose: () => void
}

export function ExportDialog({ query, filters, currentCount, onClose }: ExportDialogProps) {
  const canScope = hasCurrentScope({ query, filters })
  const [choices, setChoices] = useState<ExportChoices>({
    format: 'md',
    layout: 'single',
    includeReference: true,
    scope: canScope ? 'current' : 'all'
  })
  const [phase, setPhase] = useState<Phase>({ name: 'choose' })
  const busy = phase.name === 'picking' || phase.name === 'exporting'
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const exporting = phase.name === 'exporting'

  // Only while this dialog's export runs.
  useEffect(() => (exporting ? subscribe('export:progress', setProgress) : undefined), [exporting])

  const run = async (): Promise<void> => {
    setPhase({ name: 'picking' })
    try {
      const [out] = await call('dialog:pickPath', exportPickRequest(choices))
      if (!out) {
        setPhase({ name: 'choose' })
        return
      }
      setProgress(null)
      setPhase({ name: 'exporting', out })
      const result = await call('export:run', buildExportRequest(out, choices, { query, filters }))
      setPhase({ name: 'done', out, result })
    } catch (error) {
      setPhase({ name: 'error', message: (error as Error).message })
    }
  }

  const footer =
    phase.name === 'done' ? (
      <>
        <button
          type="button"
          className="btn"
          data-testid="export-show-in-folder"
          onClick={() => {
            const first = phase.result.written[0]
            if (first) call('shell:showItemInFolder', first).catch(() => undefined)
          }}
        >
          <Icon name="folder" size={14} /> Show in folder
        </button>
        <button type="button" className="btn btn--primary" onClick={onClose} autoFocus>
          Done
        </button>
      </>
    ) : (
      <>
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="btn btn--primary"
          data-testid="export-run"
          disabled={busy}
          onClick={run}
        >
          <Icon name="download" size={14} />
          {phase.name === 'exporting'
            ? 'Exporting…'
            : phase.name === 'error'
              ? 'Try again'
              : 'Export…'}
        </button>
      </>
    )

  return (
    <Dialog title="Export" onClose={onClose} footer={footer} testId="export-dialog">
      {phase.name === 'done' ? (
        <DoneNotice
          title={`Exported ${countOf(phase.result.questionCount, 'question')}`}
          detail={
            phase.result.written.length === 1
              ? phase.result.written[0]
              : // A folder layout: say where the files went, not only how many.
                `${phase.result.written.length} files in ${phase.out}`
          }
        />
      ) : (
        <fieldset className="export__form" disabled={busy}>
          <legend className="export__legend">Format</legend>
          <div
            className="export__options export__options--row"
            role="radiogroup"
            aria-label="Format"
          >
            {FORMATS.map((f) => (
              <label key={f.value} className="export__option">
                <input
                  type="radio"
                  name="export-format"
                  value={f.value}
                  checked={choices.format === f.value}
                  onChange={() => setChoices({ ...choices, format: f.value })}
                  data-autofocus={choices.format === f.value ? true : undefined}
                />
                <span>
                  <span className="export__option-label">{f.label}</span>
                  <span className="export__option-hint">{f.hint}</span>
                </span>
              </label>
            ))}
          </div>
          {choices.format === 'md' ? (
            <>
              <div className="export__legend">Layout</div>
              <div className="export__options" role="radiogroup" aria-label="Layout">
                {LAYOUTS.map((l) => (
                  <label key={l.value} className="export__option">
                    <input
                      type="radio"
                      name="export-layout"
                      value={l.value}
                      checked={choices.layout === l.value}
                      onChange={() => setChoices({ ...choices, layout: l.value })}
                    />
                    <span>
                      <span className="export__option-label">{l.label}</span>
                      <span className="export__option-hint">{l.hint}</span>
                    </span>
                  </label>
                ))}
              </div>
            </>
          ) : (
            <p className="export__format-detail" data-testid="export-format-detail">
              {FORMAT_DETAILS[choices.format]}
            </p>
          )}
          <div className="export__legend">Questions</div>
          <div className="export__options" role="radiogroup" aria-label="Scope">
            <label className="export__option">
              <input
                type="radio"
                name="export-scope"
                checked={choices.scope === 'current'}
                disabled={!canScope}
                onChange={() => setChoices({ ...choices, scope: 'current' })}
              />
              <span>
                <span className="export__option-label">Current search and filters</span>
                <span className="export__option-hint">
                  {canScope
                    ? `${currentCount.toLocaleString()} questions`
                    : 'No search or filter set'}
                </span>
              </span>
            </label>
            <label className="export__option">
              <input
                type="radio"
                name="export-scope"
                checked={choices.scope === 'all'}
                onChange={() => setChoices({ ...choices, scope: 'all' })}
              />
              <span>
                <span className="export__option-label">All questions</span>
              </span>
            </label>
          </div>
          <label className="export__check">
            <input
              type="checkbox"
              checked={choices.includeReference}
              onChange={(e) => setChoices({ ...choices, includeReference: e.target.checked })}
            />
            Include reference answers
          </label>
          {phase.name === 'exporting' && (
            <div className="export__progress" role="status">
              <span className="spinner" aria-hidden="true" />
              <span className="export__progress-text">
                Writing to {phase.out}…
                {progress && <ExportProgressBar done={progress.done} total={progress.total} />}
              </span>
            </div>
          )}
          {phase.name === 'error' && (
            <div className="export__error" role="alert" data-testid="export-error">
              <Icon name="alert" size={14} />
              <span>Export failed: {phase.message}</span>
            </div>
          )}
        </fieldset>
      )}
    </Dialog>
  )
}
