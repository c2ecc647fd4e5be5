/** The daily goal: reviews done today against the number the user chose (kept in Settings). */
import { useState } from 'react'
import './forecast.css'

const GOAL_LIMITS = { min: 1, max: 500 } as const

export interface DailyGoalProps {
  goal: number
  reviewedToday: number
  onGoal: (goal: number) => void
}

export function DailyGoal({ goal, reviewedToday, onGoal }: DailyGoalProps) {
  const [text, setText] = useState(String(goal))
  const share = Math.min(1, reviewedToday / goal)
  const commit = () => {
    const value = Number(text)
    if (Number.isInteger(value) && value >= GOAL_LIMITS.min && value <= GOAL_LIMITS.max) {
      if (value !== goal) onGoal(value)
    } else setText(String(goal))
  }
  return (
    <div className="goal" data-testid="daily-goal">
      <div className="goal__line">
        <span data-testid="goal-progress">
          {reviewedToday >= goal
            ? `Goal met: ${reviewedToday} of ${goal} reviews today.`
            : `${reviewedToday} of ${goal} reviews today, ${goal - reviewedToday} to go.`}
        </span>
        <label className="goal__field">
          Daily goal
          <input
            type="number"
            className="input goal__input"
            min={GOAL_LIMITS.min}
            max={GOAL_LIMITS.max}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit()
            }}
            data-testid="goal-input"
          />
        </label>
      </div>
      <div
        className="goal__meter"
        role="progressbar"
        aria-label="Reviews today against the daily goal"
        aria-valuemin={0}
        aria-valuemax={goal}
        aria-valuenow={Math.min(reviewedToday, goal)}
      >
        <span className={share >= 1 ? 'is-met' : undefined} style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  )
}
