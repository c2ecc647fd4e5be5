/** Progress: streak, reviews per day, and new / learning / confident / due per source. */
import { useEffect, useState } from 'react'
import type { ProgressReport, StudyScope } from '@shared/domain/study/types'
import { call } from '@renderer/api/notebookClient'
import { DailyGoal } from './DailyGoal'
import { DueForecast } from './DueForecast'
import { ProgressTable } from './ProgressTable'
import { ReviewsChart } from './ReviewsChart'
import { Stat } from './Stat'

const CHART_DAYS = 28

export interface ProgressViewProps {
  onPractise: (scope: StudyScope) => void
  /** The daily goal (Settings) and how to change it; no goal strip without them. */
  dailyGoal?: number
  onDailyGoal?: (goal: number) => void
}

export function ProgressView({ onPractise, dailyGoal, onDailyGoal }: ProgressViewProps) {
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
        <Stat value={report.streak} label="day streak" tone="streak" testId="progress-streak" />
        <Stat value={report.reviewedToday} label="reviews today" testId="progress-today" />
        <Stat value={weekReviews} label="this week" />
        <Stat value={totals.dueToday} label="due today" tone="due" testId="progress-due" />
        <Stat value={totals.new} label="new" />
        <Stat value={totals.learning} label="learning" />
        <Stat value={totals.confident} label="confident" />
      </div>

      {dailyGoal !== undefined && onDailyGoal && (
        <section className="progress-view__section">
          <h3>Daily goal</h3>
          <DailyGoal goal={dailyGoal} reviewedToday={report.reviewedToday} onGoal={onDailyGoal} />
        </section>
      )}

      <section className="progress-view__section">
        <h3>Due in the next 7 days</h3>
        <DueForecast forecast={report.forecast} />
      </section>

      <section className="progress-view__section">
        <h2>Reviews per day, last {report.days.length} days</h2>
        <ReviewsChart days={report.days} />
      </section>

      <section className="progress-view__section">
        <h2>By source and section</h2>
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
