/** After a mock interview: time and answer coverage per question, and the totals. */
import { formatClock, summarizeMock, type MockAnswer } from '@shared/domain/study/mockInterview'
import { GRADE_LABELS } from '@shared/domain/study/types'

function percent(share: number | null): string {
  return share === null ? 'no reference' : `${Math.round(share * 100)}%`
}

export function MockSummaryTable({ answers }: { answers: MockAnswer[] }) {
  const summary = summarizeMock(answers)
  return (
    <section className="mock-summary" data-testid="mock-summary">
      <h3>Mock interview</h3>
      <p data-testid="mock-totals">
        {answers.length} question{answers.length === 1 ? '' : 's'} in {formatClock(summary.totalMs)}
        , average coverage {percent(summary.averageCoverage)}
        {summary.outOfTime > 0 && `, ${summary.outOfTime} out of time`}.
      </p>
      <table className="summary__table">
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Time</th>
            <th scope="col">Coverage</th>
            <th scope="col">Grade</th>
          </tr>
        </thead>
        <tbody>
          {answers.map((a, i) => (
            <tr key={`${a.id}-${i}`} data-testid="mock-row">
              <td>{a.prompt}</td>
              <td>
                {formatClock(a.ms)} / {formatClock(a.limitMs)}
              </td>
              <td>{percent(a.coverage)}</td>
              <td>{GRADE_LABELS[a.grade]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
