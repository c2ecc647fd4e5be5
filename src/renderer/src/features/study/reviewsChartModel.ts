/**
 * The geometry of the reviews-per-day chart as plain numbers: a y scale with round ticks, one
 * stacked column per day (recalled below, Again on top) and which days get a date label.
 * Horizontal positions are percentages, so the SVG stretches with its container without
 * measuring it; vertical ones are pixels within a fixed plot height.
 */
import type { DayReviews } from '@shared/domain/study/types'
import { shortDate } from './formatDates'

export interface ChartColumn {
  date: string
  label: string
  recalled: number
  again: number
  /** Left edge and width of the column, in percent of the plot width. */
  x: number
  width: number
  /** Pixel heights of the two stacked parts (0 when that part is empty). */
  recalledHeight: number
  againHeight: number
  /** Shown on hover and read by screen readers. */
  title: string
}

export interface ChartModel {
  /** Top of the y scale: a round number at or above the busiest day. */
  max: number
  ticks: Array<{ value: number; y: number }>
  columns: ChartColumn[]
  /** Indices of the columns whose date is printed under the axis. */
  labelled: number[]
}

/** Round tick step (1, 2 or 5 times a power of ten) giving at most `maxTicks` intervals. */
export function tickStep(max: number, maxTicks = 4): number {
  const raw = Math.max(1, max) / maxTicks
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  return Math.max(1, step)
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** Lays out `days` (oldest first) in a plot `height` pixels tall. */
export function reviewsChartModel(days: DayReviews[], height: number, labelEvery = 7): ChartModel {
  const busiest = days.reduce((m, d) => Math.max(m, d.reviews), 0)
  const step = tickStep(busiest)
  const max = Math.max(step, Math.ceil(busiest / step) * step)
  const toPx = (value: number) => (value / max) * height
  const ticks: ChartModel['ticks'] = []
  for (let value = 0; value <= max; value += step) ticks.push({ value, y: height - toPx(value) })

  const slot = days.length > 0 ? 100 / days.length : 100
  const columns = days.map((d, i): ChartColumn => {
    const again = Math.min(d.again, d.reviews)
    const recalled = d.reviews - again
    const label = shortDate(d.date)
    return {
      date: d.date,
      label,
      recalled,
      again,
      x: i * slot + slot * 0.15,
      width: slot * 0.7,
      recalledHeight: toPx(recalled),
      againHeight: toPx(again),
      title: `${label}: ${plural(d.reviews, 'review')}${again ? `, ${again} Again` : ''}`
    }
  })

  // Every `labelEvery`-th day counting back from today, so the newest day is always labelled.
  const labelled = columns
    .map((_, i) => i)
    .filter((i) => (columns.length - 1 - i) % labelEvery === 0)
  return { max, ticks, columns, labelled }
}
