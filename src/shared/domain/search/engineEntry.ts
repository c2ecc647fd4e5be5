/**
 * The part of a catalog entry the search engine reads: what it indexes, ranks, filters and
 * returns in a hit. The engine is typed on it, so it cannot come to depend on more, and a warm
 * start can keep just this (no related questions, links or keys: 40% of the catalog's bytes at
 * 50,000 questions) beside the index it belongs to.
 */
import type { CatalogEntry } from '../types'

export type EngineEntry = Pick<
  CatalogEntry,
  'id' | 'kind' | 'prompt' | 'sections' | 'askedIn' | 'checked' | 'occurrences' | 'tags'
> & { answers: ReadonlyArray<{ markdown: string }> }

/** `entry` cut down to what the engine reads. */
export function engineEntry(entry: CatalogEntry): EngineEntry {
  const view: EngineEntry = {
    id: entry.id,
    kind: entry.kind,
    prompt: entry.prompt,
    sections: entry.sections,
    askedIn: entry.askedIn,
    checked: entry.checked,
    occurrences: entry.occurrences,
    answers: entry.answers.map((answer) => ({ markdown: answer.markdown }))
  }
  if (entry.tags) view.tags = entry.tags
  return view
}
