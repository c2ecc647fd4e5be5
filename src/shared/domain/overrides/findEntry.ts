/**
 * Finding a correction's entry in a fresh catalog: by its parsed stable id first (the prompt's
 * normalised text, so moving lines, renumbering or editing other questions never detaches it),
 * then, when the prompt itself was edited in the source, by the most similar prompt, looking in
 * the same document first. Only a clear best match counts; otherwise the correction is orphaned.
 */
import { normalizePrompt } from '../catalog/normalizePrompt'
import type { CatalogEntry } from '../types'
import type { OverrideTarget } from './types'

/**
 * Least similarity (Dice over the merge key's words) to accept an entry re-found by text. Keys
 * are already stripped of filler ("what is", articles), so "gil" → "python gil" scores 0.67.
 */
export const MIN_SIMILARITY = 0.5
/** A runner-up this close to the best makes the match ambiguous: better orphaned than wrong. */
const AMBIGUITY_MARGIN = 0.1

/** The lookups `findEntry` needs, built once per catalog. */
export interface EntryLookup {
  byId: Map<string, CatalogEntry>
  byFile: Map<string, CatalogEntry[]>
  all: readonly CatalogEntry[]
}

/** Indexes the entries by id and by the documents they occur in. */
export function entryLookup(entries: readonly CatalogEntry[]): EntryLookup {
  const byId = new Map<string, CatalogEntry>()
  const byFile = new Map<string, CatalogEntry[]>()
  for (const entry of entries) {
    byId.set(entry.id, entry)
    const files = new Set(entry.occurrences.map((o) => o.file))
    for (const file of files) {
      let list = byFile.get(file)
      if (!list) byFile.set(file, (list = []))
      list.push(entry)
    }
  }
  return { byId, byFile, all: entries }
}

function features(key: string): Set<string> {
  return new Set(key.split(/\s+/).filter((w) => w.length > 0))
}

/** Dice coefficient of two normalised prompts' distinct words, 0..1. */
export function promptSimilarity(a: string, b: string): number {
  const fa = features(a)
  const fb = features(b)
  if (fa.size === 0 || fb.size === 0) return 0
  let shared = 0
  for (const f of fa) if (fb.has(f)) shared++
  return (2 * shared) / (fa.size + fb.size)
}

function bestMatch(key: string, candidates: readonly CatalogEntry[]): CatalogEntry | null {
  let best: CatalogEntry | null = null
  let bestScore = 0
  let second = 0
  for (const entry of candidates) {
    const score = promptSimilarity(key, entry.key)
    if (score > bestScore) {
      second = bestScore
      bestScore = score
      best = entry
    } else if (score > second) second = score
  }
  if (!best || bestScore < MIN_SIMILARITY || bestScore - second < AMBIGUITY_MARGIN) return null
  return best
}

/**
 * The entry a correction points at, and whether it was re-found by text (`refound`) rather
 * than by its id; null when none matches clearly. `taken` holds ids already claimed by another
 * correction's text match, so two corrections never re-find the same entry by guesswork.
 */
export function findEntry(
  target: OverrideTarget,
  lookup: EntryLookup,
  taken: ReadonlySet<string> = new Set()
): { entry: CatalogEntry; refound: boolean } | null {
  const exact = lookup.byId.get(target.id)
  if (exact) return { entry: exact, refound: false }
  const key = normalizePrompt(target.prompt)
  const free = (list: readonly CatalogEntry[]) => list.filter((e) => !taken.has(e.id))
  const inFile = target.file ? lookup.byFile.get(target.file) : undefined
  const found =
    (inFile && bestMatch(key, free(inFile))) || (!inFile ? bestMatch(key, free(lookup.all)) : null)
  return found ? { entry: found, refound: true } : null
}
