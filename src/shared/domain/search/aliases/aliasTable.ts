/**
 * The field's aliases (GIL ↔ global interpreter lock, DRF ↔ Django REST framework, N+1 ↔
 * select_related, …): groups of names for one idea. A run of query words that spells one name
 * also searches the group's other names, at a lower weight (see searchEngine.ts). Names are
 * compared by their stemmed terms, so "magic method" and "Magic Methods" are the same name.
 */
import lunr from 'lunr'
import { primaryTerms } from '../tokenize'
import shipped from './fieldAliases.json' with { type: 'json' }

/** One group: names (words or phrases) for the same thing. */
export type AliasGroup = readonly string[]

/** A run of query terms that names an alias, and the group's other names as terms. */
export interface AliasMatch {
  /** Index of the first query term of the run. */
  from: number
  /** Index after the last one. */
  to: number
  /** The other names, each as the terms to search (as written, not stemmed). */
  alternatives: string[][]
}

/** A name of this many terms or more is never looked for (no group needs longer ones). */
const MAX_NAME_TERMS = 6
/** Alternatives searched for one run: the first ones listed in its groups. */
const MAX_ALTERNATIVES = 8

/** The groups shipped with the app (reviewed data, `fieldAliases.json`). */
export const SHIPPED_ALIASES: readonly AliasGroup[] = shipped.groups

const keys = new Map<string, string>()

/** The comparison form of one term: lunr's stem for plain words, symbols as written. */
function keyOf(term: string): string {
  let key = keys.get(term)
  if (key === undefined) {
    key = /^\p{L}{3,}$/u.test(term) ? lunr.stemmer(new lunr.Token(term, {})).toString() : term
    // Query words and answer words repeat; a bounded cache keeps lookups cheap while typing.
    if (keys.size > 20_000) keys.clear()
    keys.set(term, key)
  }
  return key
}

/** Looks up alias names in query terms. Immutable; build one per set of groups. */
export class AliasTable {
  /** Name key (stemmed terms joined by a space) → the groups listing it. */
  private readonly byName = new Map<string, number[]>()
  private readonly names: string[][][]
  private readonly longest: number

  constructor(groups: readonly AliasGroup[]) {
    this.names = groups.map((group) =>
      group.map((name) => primaryTerms(name)).filter((terms) => terms.length > 0)
    )
    let longest = 0
    this.names.forEach((names, g) => {
      for (const terms of names) {
        if (terms.length > MAX_NAME_TERMS) continue
        const key = terms.map(keyOf).join(' ')
        const listed = this.byName.get(key) ?? []
        if (!listed.includes(g)) listed.push(g)
        this.byName.set(key, listed)
        longest = Math.max(longest, terms.length)
      }
    })
    this.longest = longest
  }

  /** The shipped groups plus the user's own (Settings). */
  static withUserGroups(user: readonly AliasGroup[]): AliasTable {
    return new AliasTable([...SHIPPED_ALIASES, ...user])
  }

  /** Number of groups. */
  get size(): number {
    return this.names.length
  }

  /**
   * The alias runs in `terms` (normalised query terms), longest name first at each position,
   * never overlapping. `eligible(i)` says whether term `i` may take part (plain words only).
   */
  matches(terms: readonly string[], eligible: (i: number) => boolean = () => true): AliasMatch[] {
    const keys = terms.map(keyOf)
    const out: AliasMatch[] = []
    let at = 0
    while (at < terms.length) {
      let found: AliasMatch | null = null
      for (let length = Math.min(this.longest, terms.length - at); length > 0 && !found; length--) {
        let ok = true
        for (let i = at; i < at + length && ok; i++) ok = eligible(i)
        if (!ok) continue
        const groups = this.byName.get(keys.slice(at, at + length).join(' '))
        if (groups)
          found = { from: at, to: at + length, alternatives: this.others(groups, keys, at, length) }
      }
      if (found && found.alternatives.length > 0) {
        out.push(found)
        at = found.to
      } else at++
    }
    return out
  }

  /** The names in `groups` other than the one spelled by keys[at .. at+length). */
  private others(groups: number[], keys: string[], at: number, length: number): string[][] {
    const typed = keys.slice(at, at + length).join(' ')
    const seen = new Set([typed])
    const out: string[][] = []
    for (const g of groups)
      for (const terms of this.names[g]!) {
        const key = terms.map(keyOf).join(' ')
        if (seen.has(key) || out.length === MAX_ALTERNATIVES) continue
        seen.add(key)
        out.push(terms)
      }
    return out
  }
}
