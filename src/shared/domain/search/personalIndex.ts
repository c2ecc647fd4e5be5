/**
 * The small indexes over the user's own answers and tags. A settled index holds every note; an
 * edit drops that note's old document from it (a flag, no rebuild) and re-indexes the notes
 * edited since into a tiny recent index, so an edited answer is searchable at once and a
 * stream of saves never rebuilds thousands of notes ahead of a keystroke's query. The settled
 * index is rebuilt only once the recent one has grown (see SearchEngine.setNote).
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
  /** Local docs whose text has been replaced since (1 = skip it); absent when none can be. */
  dropped?: Uint8Array
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
  const dropped = new Uint8Array(ordered.length)
  return { index, vocabulary: new Vocabulary(lexiconOf(index)), docMap, dropped }
}

/** Stops `source` from finding catalog doc `doc` (its text is being re-indexed elsewhere). */
export function dropDoc(source: IndexSource, doc: number): void {
  const { docMap, dropped } = source
  if (!docMap || !dropped) return
  // docMap is in catalog order (see buildPersonalIndex): binary search.
  let lo = 0
  let hi = docMap.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const at = docMap[mid]!
    if (at === doc) {
      dropped[mid] = 1
      return
    }
    if (at < doc) lo = mid + 1
    else hi = mid - 1
  }
}
