/** One figure with its label, as in the progress and session-summary strips. */
export function Stat(props: { value: number; label: string; tone?: string; testId?: string }) {
  return (
    <div className={props.tone ? `stat stat--${props.tone}` : 'stat'}>
      <span className="stat__value" data-testid={props.testId}>
        {props.value}
      </span>
      <span className="stat__label">{props.label}</span>
    </div>
  )
}
