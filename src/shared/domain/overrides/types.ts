/**
 * Corrections the user made to the catalog, kept apart from the source documents and applied
 * over every fresh parse. Plain data: stored as JSON in the notebook folder.
 */
import type { CatalogEntry, ItemKind } from '../types'

/** How a correction finds its entry again: the parsed id, plus the text to re-find it by. */
export interface OverrideTarget {
  /** The entry's stable id as parsed (never the corrected one, so a fix cannot move its key). */
  id: string
  /** The prompt as parsed when the correction was made. */
  prompt: string
  /** The document of its first occurrence, to look in first when the id no longer exists. */
  file?: string
}

/** One field-level change. `base` is the parsed value the user changed (for stale checks). */
export type OverrideChange =
  | { type: 'prompt'; base: string; value: string }
  | { type: 'kind'; base: ItemKind; value: ItemKind }
  | { type: 'section'; base: string[]; value: string }
  | { type: 'hidden' }
  /** This entry is folded into `into` (which keeps both prompts, answers and sources). */
  | { type: 'merge'; into: OverrideTarget }
  /** The prompt ends at `at`: the rest becomes a reference answer. */
  | { type: 'split-answer'; base: string; at: number }
  /** The prompt holds several questions: the entry keeps the first, the others become entries. */
  | { type: 'split-questions'; base: string; parts: string[] }

export type OverrideType = OverrideChange['type']

/** A stored correction. */
export interface Override {
  /** Unique per correction (undo and the stale list refer to it). */
  id: string
  /** ISO time it was made. */
  at: string
  target: OverrideTarget
  change: OverrideChange
}

/**
 * What became of one correction on this parse:
 * - applied: its entry was found and the field still had the value the user changed;
 * - stale: its entry was found and the correction applied, but the source has changed that very
 *   field since (the report keeps `base`, so the user can see what they had corrected);
 * - orphaned: no entry matches any more (the question was deleted or rewritten beyond
 *   recognition); nothing is applied and it stays listed until the user discards it.
 */
export type OverrideOutcome = 'applied' | 'stale' | 'orphaned'

export interface OverrideResult {
  override: Override
  outcome: OverrideOutcome
  /** The entry it applied to, when found. */
  entryId?: string
  /** True when the parsed id was gone and the entry was re-found by its text. */
  refound?: boolean
}

export interface OverrideReport {
  results: OverrideResult[]
  applied: number
  stale: number
  orphaned: number
}

/** The catalog with corrections applied: hidden entries leave `entries` but stay reachable. */
export interface CorrectedCatalog {
  entries: CatalogEntry[]
  itemCount: number
  /** Entries marked "Not a question", for the Hidden filter. */
  hidden: CatalogEntry[]
  /** Ids folded into another entry by a merge → the id they live on in. */
  mergedInto: Map<string, string>
}
