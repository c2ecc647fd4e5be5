/** Text with the engine's matched ranges wrapped in <mark>. */
import { highlightRanges } from './highlightRanges'

export function HighlightedText({
  text,
  ranges
}: {
  text: string
  ranges: ReadonlyArray<readonly [number, number]> | undefined
}) {
  return (
    <>
      {highlightRanges(text, ranges).map((seg, i) =>
        seg.match ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>
      )}
    </>
  )
}
