/** Progress: streak, reviews per day, and new / learning / confident / due per source. */
import { useEffect, useState } from 'react'
import type { ProgressReport, StudyScope } from '@shared/domain/study/types'
import { call } from '@renderer/api/notebookClient'
import { ProgressTable } from './ProgressTable'
import { ReviewsChart } from './ReviewsChart'

const CHART_DAYS = 28

export interface ProgressViewProps {
  onPractise: (scope: StudyScope) => void
}

export function ProgressView({ onPractise }: ProgressViewProps) {
  const [report, setReport] = useState<ProgressReport | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    call('study:progress', { days: CHART_DAYS }).then(
      (r) => live && setReport(r),
      (e: Error) => live && setError(e.message)
    )
    return () => {
      live = false
    }
  }, [])

  if (error)
    return (
      <p className="progress-view__error" role="alert">
        Progress could not be loaded: {error}
      </p>
    )
  if (!report) return <p className="progress-view__loading">Loading progress…</p>
  const { totals } = report
  const weekReviews = report.days.slice(-7).reduce((n, d) => n + d.reviews, 0)

  return (
    <div className="progress-view" data-testid="progress-view">
      <div className="progress-view__stats">
        <div className="stat stat--streak">
          <span className="stat__value" data-testid="progress-streak">
            {report.streak}
          </span>
          <span className="stat__label">day streak</span>
        </div>
        <div className="stat">
          <span className="stat__value" data-testid="progress-today">
            {report.reviewedToday}
          </span>
          <span className="stat__label">reviews today</span>
        </div>
        <div className="stat">
          <span className="stat__value">{weekReviews}</span>
          <span className="stat__label">this week</span>
        </div>
        <div className="stat stat--due">
          <span className="stat__value" data-testid="progress-due">
            {totals.dueToday}
          </span>
          <span className="stat__label">due today</span>
        </div>
        <div className="stat">
          <span className="stat__value">{totals.new}</span>
          <span className="stat__label">new</span>
        </div>
        <div className="stat">
          <span className="stat__value">{totals.learning}</span>
          <span className="stat__label">learning</span>
        </div>
        <div className="stat">
          <span className="stat__value">{totals.confident}</span>
          <span className="stat__label">confident</span>
        </div>
      </div>

      <section className="progress-view__section">
        <h3>Reviews per day, last {report.days.length} days</h3>
        <ReviewsChart days={report.days} />
      </section>

      <section className="progress-view__section">
        <h3>By source and section</h3>
        <ProgressTable sources={report.sources} onPractise={onPractise} />
      </section>
      {report.skippedLogLines > 0 && (
        <p className="progress-view__note">
          {report.skippedLogLines} unreadable line(s) in the review log were skipped.
        </p>
      )}
    </div>
  )
}
