/** End of a session: cards seen, how they were graded, and when each comes back. */
import { GRADE_LABELS, type ReviewGrade } from '@shared/domain/study/types'
import type { SessionSummary as Summary } from '@shared/domain/study/sessionMachine'
import { HighlightedText } from '@renderer/features/results/HighlightedText'
import { formatDue } from './formatDates'
import { Stat } from './Stat'

export interface SessionSummaryProps {
  summary: Summary
  now: number
  onAgain: () => void
  onProgress: () => void
}

const GRADES: ReviewGrade[] = [1, 2, 3, 4]

export function SessionSummary({ summary, now, onAgain, onProgress }: SessionSummaryProps) {
  return (
    <div className="summary" data-testid="session-summary">
      <h2 className="summary__title">
        {summary.cardsSeen === 0 ? 'Session ended' : 'Session complete'}
      </h2>
      <div className="summary__stats">
        <Stat value={summary.cardsSeen} label="cards seen" testId="summary-seen" />
        <Stat value={summary.reviews} label="reviews" />
        {GRADES.map((g) => (
          <Stat
            key={g}
            value={summary.grades[g]}
            label={GRADE_LABELS[g]}
            tone={`grade-${g}`}
            testId={`summary-grade-${g}`}
          />
        ))}
      </div>
      {summary.nextDue.length > 0 && (
        <table className="summary__table">
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Last grade</th>
              <th scope="col">Next review</th>
            </tr>
          </thead>
          <tbody>
            {summary.nextDue.map((r) => (
              <tr key={r.id} data-testid="summary-row">
                <td>
                  <HighlightedText text={r.prompt} />
                </td>
                <td>
                  <span className={`grade-chip grade-chip--${r.grade}`}>
                    {GRADE_LABELS[r.grade]}
                  </span>
                </td>
                <td title={new Date(r.due).toLocaleString()}>{formatDue(r.due, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="summary__actions">
        <button type="button" className="btn btn--primary" onClick={onAgain}>
          New session
        </button>
        <button type="button" className="btn" onClick={onProgress}>
          See progress
        </button>
      </div>
    </div>
  )
}
