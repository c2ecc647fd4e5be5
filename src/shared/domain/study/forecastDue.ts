/**
 * The due forecast for the next days: how many questions fall due on each local day, today
 * first (today also counts everything overdue, since that is what today's practice faces).
 */
import type { DayForecast } from './types'

const DAY_MS = 24 * 60 * 60 * 1000
export const FORECAST_DAYS = 7

/**
 * Counts `dues` (epoch ms) per local day for `days` days from the day of `now`; dues past the
 * last day are left out.
 */
export function forecastDue(
  dues: Iterable<number>,
  now: number,
  utcOffsetMinutes = 0,
  days = FORECAST_DAYS
): DayForecast[] {
  const offset = utcOffsetMinutes * 60_000
  const today = Math.floor((now + offset) / DAY_MS)
  const counts = new Array<number>(days).fill(0)
  for (const due of dues) {
    const day = Math.max(0, Math.floor((due + offset) / DAY_MS) - today)
    if (day < days) counts[day]! += 1
  }
  return counts.map((due, i) => ({
    date: new Date((today + i) * DAY_MS).toISOString().slice(0, 10),
    due
  }))
}
