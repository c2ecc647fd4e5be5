/** The four self-grades with their keys; shown once the answer is revealed. */
import { GRADE_LABELS, type ReviewGrade } from '@shared/domain/study/types'

const GRADES: ReviewGrade[] = [1, 2, 3, 4]
const HINTS: Record<ReviewGrade, string> = {
  1: 'Did not know it: see it again soon',
  2: 'Got there with effort',
  3: 'Knew it',
  4: 'Knew it cold'
}

export function GradeBar({
  onGrade,
  disabled
}: {
  onGrade: (g: ReviewGrade) => void
  disabled: boolean
}) {
  return (
    <div className="practice__grades" role="group" aria-label="How well did you know it?">
      {GRADES.map((g) => (
        <button
          key={g}
          type="button"
          className={`btn practice__grade practice__grade--${g}`}
          disabled={disabled}
          title={HINTS[g]}
          onClick={() => onGrade(g)}
          data-testid={`grade-${g}`}
        >
          <kbd>{g}</kbd> {GRADE_LABELS[g]}
        </button>
      ))}
    </div>
  )
}
