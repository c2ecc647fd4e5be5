/**
 * Reviews per day over the last weeks, as stacked bars (recalled / Again). Colours come from
 * the theme's CSS variables through class names, so the chart follows light and dark.
 */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { DayReviews } from '@shared/domain/study/types'
import { shortDate } from './formatDates'

export function ReviewsChart({ days }: { days: DayReviews[] }) {
  const data = days.map((d) => ({
    date: shortDate(d.date),
    recalled: d.reviews - d.again,
    again: d.again
  }))
  return (
    <div className="reviews-chart" data-testid="reviews-chart">
      <ul className="reviews-chart__legend">
        <li>Recalled (Hard, Good, Easy)</li>
        <li className="is-again">Again</li>
      </ul>
      <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 640, height: 220 }}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid vertical={false} className="reviews-chart__grid" />
          <XAxis dataKey="date" tickLine={false} interval="preserveStartEnd" minTickGap={24} />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} />
          <Tooltip
            cursor={{ className: 'reviews-chart__cursor' }}
            wrapperClassName="reviews-chart__tooltip"
          />
          <Bar dataKey="recalled" name="Recalled" stackId="r" className="reviews-chart__recalled" />
          <Bar
            dataKey="again"
            name="Again"
            stackId="r"
            className="reviews-chart__again"
            radius={[3, 3, 0, 0]}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
