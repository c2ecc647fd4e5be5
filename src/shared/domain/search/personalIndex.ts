/**
 * The small index over the user's own answers and tags. It is rebuilt on demand after an edit
 * (milliseconds for a few thousand notes), so an edited answer is searchable at once while the
 * big catalog index stays untouched.
 */
import { buildInvertedIndex, type InvertedIndex } from './invertedIndex'
import { PERSONAL_FIELDS } from './indexSettings'
import { lexiconOf, Vocabulary } from './vocabulary'

/** An index over some catalog documents, with the mapping back to catalog doc numbers. */
export interface IndexSource {
  index: InvertedIndex
  vocabulary: Vocabulary
  /** Local doc number → catalog doc number; absent when the index is the catalog itself. */
  docMap?: Uint32Array
}

/**
 * Indexes `notes` (entry id → Markdown) and `tags` (entry id → tags) for the entries of the
 * catalog (`positions`: entry id → doc number). Notes for unknown ids are skipped.
 */
export function buildPersonalIndex(
  positions: ReadonlyMap<string, number>,
  notes: ReadonlyMap<string, string>,
  tags: ReadonlyMap<string, readonly string[]>
): IndexSource {
  const ids = new Set<string>()
  for (const [id, text] of notes) if (text.trim() && positions.has(id)) ids.add(id)
  for (const [id, list] of tags) if (list.length > 0 && positions.has(id)) ids.add(id)
  const ordered = [...ids].sort((a, b) => positions.get(a)! - positions.get(b)!)
  const docs = ordered.map((id) => [notes.get(id) ?? null, (tags.get(id) ?? []).join('\n')])
  const index = buildInvertedIndex([...PERSONAL_FIELDS], docs)
  const docMap = Uint32Array.from(ordered, (id) => positions.get(id)!)
  return { index, vocabulary: new Vocabulary(lexiconOf(index)), docMap }
}
