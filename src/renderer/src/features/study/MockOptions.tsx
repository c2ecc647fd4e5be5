/** Mock interview switch for the scope picker: on, with the countdown per question. */
import { MOCK_MINUTES } from '@shared/domain/study/mockInterview'

export interface MockOptionsProps {
  /** Minutes per question, or null for an ordinary practice session. */
  minutes: number | null
  onChange: (minutes: number | null) => void
}

export function MockOptions({ minutes, onChange }: MockOptionsProps) {
  return (
    <fieldset className="mock-options" data-testid="mock-options">
      <legend>Mock interview</legend>
      <label className="scope__field scope__field--inline">
        <input
          type="checkbox"
          checked={minutes !== null}
          onChange={(e) => onChange(e.target.checked ? 2 : null)}
          data-testid="mock-toggle"
        />
        Timed, like an interview: answer aloud or in the draft; the answer stays hidden until the
        time is up or you stop the clock.
      </label>
      {minutes !== null && (
        <label className="scope__field scope__field--inline">
          Time per question
          <select
            className="input"
            value={minutes}
            onChange={(e) => onChange(Number(e.target.value))}
            data-testid="mock-minutes"
          >
            {MOCK_MINUTES.map((m) => (
              <option key={m} value={m}>
                {m} min
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  )
}
