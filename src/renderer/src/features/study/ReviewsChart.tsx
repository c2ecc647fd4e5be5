/**
 * Reviews per day over the last weeks, as stacked bars (recalled / Again) in plain SVG. Colours
 * come from the theme's CSS variables through class names, so the chart follows light and dark.
 */
import type { DayReviews } from '@shared/domain/study/types'
import { reviewsChartModel } from './reviewsChartModel'

const PLOT_HEIGHT = 180

export function ReviewsChart({ days }: { days: DayReviews[] }) {
  const model = reviewsChartModel(days, PLOT_HEIGHT)
  const total = days.reduce((n, d) => n + d.reviews, 0)
  return (
    <div className="reviews-chart" data-testid="reviews-chart">
      <ul className="reviews-chart__legend">
        <li>Recalled (Hard, Good, Easy)</li>
        <li className="is-again">Again</li>
      </ul>
      <div className="reviews-chart__frame" style={{ height: PLOT_HEIGHT }}>
        <div className="reviews-chart__y-axis" aria-hidden="true">
          {model.ticks.map((t) => (
            <span key={t.value} style={{ top: t.y }}>
              {t.value}
            </span>
          ))}
        </div>
        <svg
          className="reviews-chart__plot"
          width="100%"
          height={PLOT_HEIGHT}
          role="img"
          aria-label={`${total} reviews in the last ${days.length} days`}
        >
          {model.ticks.map((t) => (
            <line
              key={t.value}
              className="reviews-chart__grid"
              x1="0"
              x2="100%"
              y1={t.y}
              y2={t.y}
            />
          ))}
          {model.columns.map((c) =>
            c.recalled + c.again === 0 ? null : (
              <g key={c.date} className="reviews-chart__bar" data-testid="reviews-bar">
                <title>{c.title}</title>
                <rect
                  className="reviews-chart__hit"
                  x={`${c.x}%`}
                  width={`${c.width}%`}
                  y={0}
                  height={PLOT_HEIGHT}
                />
                {c.recalled > 0 && (
                  <rect
                    className="reviews-chart__recalled"
                    x={`${c.x}%`}
                    width={`${c.width}%`}
                    y={PLOT_HEIGHT - c.recalledHeight}
                    height={c.recalledHeight}
                  />
                )}
                {c.again > 0 && (
                  <rect
                    className="reviews-chart__again"
                    x={`${c.x}%`}
                    width={`${c.width}%`}
                    y={PLOT_HEIGHT - c.recalledHeight - c.againHeight}
                    height={c.againHeight}
                  />
                )}
              </g>
            )
          )}
        </svg>
      </div>
      <div className="reviews-chart__x-axis" aria-hidden="true">
        {model.labelled.map((i) => {
          const c = model.columns[i]!
          return (
            <span key={c.date} style={{ left: `${c.x + c.width / 2}%` }}>
              {c.label}
            </span>
          )
        })}
      </div>
    </div>
  )
}
