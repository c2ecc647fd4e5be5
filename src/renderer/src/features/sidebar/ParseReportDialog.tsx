/**
 * What the parser made of a source's documents: counts, plain-language warnings, and the lines
 * that went into no question or topic, by line number, so the user can see what was skipped.
 */
import type { SourceInfo } from '@shared/ipc/types'
import { Dialog } from '@renderer/components/Dialog'
import { countOf } from '@renderer/components/countOf'
import { sourceLabel } from '@renderer/hooks/sourceTitles'
import { checkedCount, checkedMessage, useCheckedNotice } from './checkedNotice'
import './ParseReportDialog.css'

export interface ParseReportDialogProps {
  source: SourceInfo
  onClose: () => void
}

/** The parse report dialog of one source (one section per document of a folder). */
export function ParseReportDialog({ source, onClose }: ParseReportDialogProps) {
  const reports = source.parseReports ?? []
  const label = sourceLabel(source)
  const checked = checkedCount(source)
  const actions = useCheckedNotice()
  return (
    <Dialog
      title={`Parse report: ${label}`}
      onClose={onClose}
      testId="parse-report"
      footer={
        <button type="button" className="btn btn--primary" data-autofocus onClick={onClose}>
          Close
        </button>
      }
    >
      {reports.length === 0 && (
        <p className="parse-report__empty">
          No document of this source could be read, so there is nothing to report.
        </p>
      )}
      {checked > 0 && (
        <p className="parse-report__checked" data-testid="parse-report-checked">
          {checkedMessage(checked, source.kind)}.{' '}
          {actions && (
            <button
              type="button"
              className="btn btn--small"
              onClick={() => actions.onReset(source)}
            >
              Reset to New
            </button>
          )}
        </p>
      )}
      {reports.map((report) => (
        <section key={report.file} className="parse-report" aria-label={report.file}>
          {reports.length > 1 && <h3 className="parse-report__file">{report.file}</h3>}
          <dl className="parse-report__counts">
            <div>
              <dt>Items</dt>
              <dd>{report.items.toLocaleString()}</dd>
            </div>
            <div>
              <dt>Questions</dt>
              <dd>{report.questions.toLocaleString()}</dd>
            </div>
            <div>
              <dt>Topics</dt>
              <dd>{report.topics.toLocaleString()}</dd>
            </div>
            <div>
              <dt>Answered</dt>
              <dd>{report.answered.toLocaleString()}</dd>
            </div>
          </dl>
          {report.warnings.length > 0 ? (
            <ul className="parse-report__warnings">
              {report.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          ) : (
            <p className="parse-report__ok">Every line of this document went into an item.</p>
          )}
          {report.unusedLines.length > 0 && (
            <>
              <h4 className="parse-report__subhead">
                {countOf(report.unusedLines.length, 'line')} not used
              </h4>
              <ol className="parse-report__lines" aria-label={`Lines not used in ${report.file}`}>
                {report.unusedLines.map((unused) => (
                  <li key={unused.line}>
                    <span className="parse-report__number">{unused.line}</span>
                    {/* Source text is untrusted: rendered as text, never as markup. */}
                    <span className="parse-report__text">{unused.text}</span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      ))}
    </Dialog>
  )
}
