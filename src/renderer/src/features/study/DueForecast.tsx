/**
 * Due questions for the next 7 days as small columns (plain HTML, no chart library): what
 * practice will face each day if nothing else is reviewed. Today includes the overdue.
 */
import type { DayForecast } from '@shared/domain/study/types'
import './forecast.css'

function dayLabel(date: string, index: number): string {
  if (index === 0) return 'Today'
  if (index === 1) return 'Tomorrow'
  // Noon UTC: the weekday of that calendar date in any time zone.
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(undefined, { weekday: 'short' })
}

export function DueForecast({ forecast }: { forecast: DayForecast[] }) {
  const most = forecast.reduce((top, d) => Math.max(top, d.due), 1)
  const total = forecast.reduce((sum, d) => sum + d.due, 0)
  if (total === 0)
    return (
      <p className="forecast__empty" data-testid="due-forecast">
        Nothing falls due in the next 7 days. Questions you practise get scheduled here.
      </p>
    )
  return (
    <ol className="forecast" data-testid="due-forecast" aria-label="Questions due per day">
      {forecast.map((day, i) => (
        <li key={day.date} className="forecast__day" data-testid="forecast-day">
          <span className="forecast__count">{day.due}</span>
          <span className="forecast__bar" aria-hidden="true">
            <span style={{ height: `${(day.due / most) * 100}%` }} />
          </span>
          <span className="forecast__label" title={day.date}>
            {dayLabel(day.date, i)}
          </span>
        </li>
      ))}
    </ol>
  )
}
