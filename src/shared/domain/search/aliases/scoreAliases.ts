/**
 * Query-time alias expansion: for each run of query words that names an alias, the group's
 * other names are searched too, and a document holding every word of one of them counts as
 * matching the run's words, at ALIAS_WEIGHT of what the typed words would score. Typed words
 * are scored first and unchanged, so an alias only adds to the ranking, never replaces it.
 */
import type { QueryClause } from '../parseQuery'
import type { ScoreBoard } from '../scoreBoard'
import type { AliasTable } from './aliasTable'

/** How much a match through an alias counts against a match on the typed words. */
export const ALIAS_WEIGHT = 0.5

/** One scored word of the query, as the engine keeps it. */
export interface QueryUnit {
  term: string
  clause: QueryClause
  bit: number
  importance: number
}

/** Scores `unit` into `board` (the engine's own per-word scoring). */
export type ScoreInto = (unit: QueryUnit, board: ScoreBoard) => void

/**
 * Adds the alias matches of `units` to `board`. Only plain optional words take part: `+must`,
 * `-not`, `field:` and quoted phrases mean the words as typed. `scratch` is a second board of the same
 * size, used to require every word of a several-word name.
 */
export function scoreAliases(
  table: AliasTable,
  units: readonly QueryUnit[],
  board: ScoreBoard,
  scratch: ScoreBoard,
  score: ScoreInto
): void {
  const eligible = (i: number) => {
    const { clause } = units[i]!
    return clause.presence === 'should' && !clause.phrase && clause.field === null
  }
  const matches = table.matches(
    units.map((unit) => unit.term),
    eligible
  )
  for (const { from, to, alternatives } of matches) {
    const run = units.slice(from, to)
    const bits = run.reduce((mask, unit) => mask | unit.bit, 0)
    const typedImportance = run.reduce((sum, unit) => sum + unit.importance, 0)
    for (const terms of alternatives) {
      scratch.clear()
      terms.forEach((term, i) => {
        const clause: QueryClause = {
          presence: 'should',
          field: null,
          terms: [term],
          phrase: false,
          typing: false
        }
        score({ term, clause, bit: 2 ** i, importance: 1 }, scratch)
      })
      const all = 2 ** terms.length - 1
      // Scale to the run's share of the query: a three-word name standing for one typed word
      // must not outscore that word three times over.
      const scale = (ALIAS_WEIGHT * typedImportance) / terms.length
      const { masks, scores, touched } = scratch
      for (let i = 0; i < scratch.touchedCount; i++) {
        const doc = touched[i]!
        if (masks[doc] === all) board.addScore(doc, scores[doc]! * scale, bits)
      }
    }
  }
  scratch.clear()
}
