/** A prompt with the engine's matched ranges in <mark> and `backticked` spans as code. */
import { promptRuns } from './promptRuns'

export function HighlightedText({
  text,
  ranges
}: {
  text: string
  ranges?: ReadonlyArray<readonly [number, number]>
}) {
  return (
    <>
      {promptRuns(text, ranges).map((run, i) => {
        const inner = run.match ? <mark>{run.text}</mark> : run.text
        return run.code ? (
          <code key={i} className="prompt-code">
            {inner}
          </code>
        ) : (
          <span key={i}>{inner}</span>
        )
      })}
    </>
  )
}
