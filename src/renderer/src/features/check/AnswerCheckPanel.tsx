/**
 * "Check my answer": the coverage of each reference's key points by my answer (the practice
 * draft or My answer), overall and per reference, covered and missed points listed. It
 * informs the grade and says so; it never grades.
 */
import type { AnswerCheck, CheckedPoint, MatchKind } from '@shared/domain/study/check/checkAnswer'
import './check.css'

const VIA: Record<MatchKind, string> = {
  exact: '',
  stem: 'another form of the word',
  typo: 'spelled with a typo',
  alias: 'under another name'
}

/** "67%" for a share, "–" when there is nothing to measure. */
function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`
}

function Point({ point }: { point: CheckedPoint }) {
  const how = point.covered && point.via ? VIA[point.via] : ''
  return (
    <li
      className={`check__point check__point--${point.covered ? 'covered' : 'missed'}`}
      title={point.covered ? `Covered${how ? `, ${how}` : ''}` : 'Missed'}
    >
      <span aria-hidden="true">{point.covered ? '✓' : '✗'}</span>
      <span className="sr-only">{point.covered ? 'covered: ' : 'missed: '}</span>
      <span className={point.kind === 'code' ? 'check__code' : undefined}>{point.text}</span>
      {how && <span className="check__via">({how})</span>}
    </li>
  )
}

export interface AnswerCheckPanelProps {
  check: AnswerCheck
  /** What was compared: "your draft" or "My answer". */
  subject: string
  /** File names shown per reference when there are several. */
  sourceLabel?: (file: string, line: number) => string
}

export function AnswerCheckPanel({ check, subject, sourceLabel }: AnswerCheckPanelProps) {
  if (check.status === 'no-reference')
    return (
      <section className="check" data-testid="answer-check" aria-label="Check my answer">
        <p className="check__none">
          There is nothing to compare with: no source gives a reference answer for this question.
        </p>
      </section>
    )
  const label = (file: string, line: number) => sourceLabel?.(file, line) ?? `${file}, line ${line}`
  return (
    <section className="check" data-testid="answer-check" aria-label="Check my answer">
      <header className="check__header">
        <span className="check__figure" data-testid="check-overall">
          {percent(check.overall)}
        </span>
        <span className="check__summary">
          {check.status === 'empty'
            ? `Nothing written yet: ${subject} covers none of the ${check.total} key points.`
            : `${subject[0]!.toUpperCase()}${subject.slice(1)} covers ${check.covered} of ${check.total} key points of the reference${check.references.length > 1 ? 's' : ''}.`}
        </span>
      </header>
      {check.references.map((ref) => (
        <div key={ref.index} className="check__reference" data-testid="check-reference">
          {check.references.length > 1 && (
            <div className="check__source">
              {label(ref.source.file, ref.source.line)} · <strong>{percent(ref.coverage)}</strong>
            </div>
          )}
          <ul className="check__points">
            {ref.points.map((point, i) => (
              <Point key={`${point.text}-${i}`} point={point} />
            ))}
          </ul>
        </div>
      ))}
      <p className="check__note">
        Missed points are marked in the reference. This informs your grade; you decide it.
      </p>
    </section>
  )
}
