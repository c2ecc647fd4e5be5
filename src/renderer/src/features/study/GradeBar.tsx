/**
 * The four self-grades with their keys and, under each, the next interval FSRS would give
 * ("Again 10m · Hard 10m · Good 3d · Easy 9d"); shown once the answer is revealed.
 */
import { formatInterval, type IntervalPreview } from '@shared/domain/study/scheduleReview'
import { GRADE_LABELS, type ReviewGrade } from '@shared/domain/study/types'
import './intervals.css'

const GRADES: ReviewGrade[] = [1, 2, 3, 4]
const HINTS: Record<ReviewGrade, string> = {
  1: 'Did not know it: see it again soon',
  2: 'Got there with effort',
  3: 'Knew it',
  4: 'Knew it cold'
}

export function GradeBar({
  onGrade,
  disabled,
  preview
}: {
  onGrade: (g: ReviewGrade) => void
  disabled: boolean
  /** Next intervals per grade; absent while the card's schedule is loading. */
  preview?: IntervalPreview | null
}) {
  return (
    <div className="practice__grades" role="group" aria-label="How well did you know it?">
      {GRADES.map((g) => (
        <button
          key={g}
          type="button"
          className={`btn practice__grade practice__grade--${g}`}
          disabled={disabled}
          title={preview ? `${HINTS[g]} (next in ${formatInterval(preview[g].ms)})` : HINTS[g]}
          onClick={() => onGrade(g)}
          data-testid={`grade-${g}`}
        >
          <kbd>{g}</kbd> {GRADE_LABELS[g]}
          {preview && (
            <span className="practice__interval" data-testid={`interval-${g}`}>
              {formatInterval(preview[g].ms)}
            </span>
          )}
        </button>
      ))}
    </div>
  )
}
