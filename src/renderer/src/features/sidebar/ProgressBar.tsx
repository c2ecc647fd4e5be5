/** A thin two-tone bar: confident (solid) inside answered (soft), out of total. */
export function ProgressBar(props: {
  total: number
  answered: number
  confident: number
  label: string
}) {
  const { total, answered, confident, label } = props
  const pct = (n: number): string => (total > 0 ? `${Math.min(100, (n / total) * 100)}%` : '0%')
  return (
    <div
      className="progress"
      role="img"
      aria-label={`${label}: ${answered} of ${total} answered, ${confident} confident`}
      title={`${answered} answered · ${confident} confident · ${total} total`}
    >
      <div className="progress__answered" style={{ width: pct(answered) }} />
      <div className="progress__confident" style={{ width: pct(confident) }} />
    </div>
  )
}
