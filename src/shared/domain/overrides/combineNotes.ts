/**
 * One answer out of two when two entries are merged: both texts are kept, each under the prompt
 * it was written for, so nothing the user wrote is dropped.
 */

/** A merged answer. `kept` (the entry merged into) comes first; empty texts are left out. */
export function combineNotes(
  kept: { prompt: string; markdown: string | null },
  folded: { prompt: string; markdown: string | null }
): string {
  const a = kept.markdown?.trim() ?? ''
  const b = folded.markdown?.trim() ?? ''
  if (!b) return kept.markdown ?? ''
  if (!a) return folded.markdown ?? ''
  if (a === b) return kept.markdown ?? ''
  return `${a}\n\n---\n\n*Merged from "${folded.prompt.replace(/[*_`\\]/g, '\\$&')}":*\n\n${b}\n`
}
