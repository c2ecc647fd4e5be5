/** Date wording in study mode: when a card comes back, and short chart labels. */

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

function startOfDay(ms: number): number {
  const d = new Date(ms)
  d.setHours(0, 0, 0, 0)
  return d.getTime()
}

/** Relative due wording from `now`, in the user's local days. */
export function formatDue(due: number, now: number): string {
  const delta = due - now
  if (delta <= 0) return 'now'
  if (delta < HOUR) return `in ${Math.max(1, Math.round(delta / MINUTE))} min`
  const days = Math.round((startOfDay(due) - startOfDay(now)) / DAY)
  if (days === 0) return `in ${Math.round(delta / HOUR)} h`
  if (days === 1) return 'tomorrow'
  if (days < 45) return `in ${days} days`
  const months = Math.round(days / 30)
  if (days < 365) return `in ${months} months`
  return `in ${(days / 365).toFixed(1).replace(/\.0$/, '')} years`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2026-01-15" → "Jan 15" (the date is already the user's local day). */
export function shortDate(date: string): string {
  const [, month, day] = date.split('-')
  return `${MONTHS[Number(month) - 1] ?? month} ${Number(day)}`
}
