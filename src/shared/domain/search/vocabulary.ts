/**
 * Turns one typed query word into the indexed terms it should match, with a weight each:
 * the exact term, its stem family (`decorators` → `decorator`), the word parts of a symbol
 * (`**kwargs` → `kwargs`), completions of a half-typed word (`generato` → `generator`) and
 * typos in proportion to length: one edit from 5 letters (`decorater` → `decorator`, and its
 * stem family `decorators`), two from 9 (`middlewear` → `middleware`). Everything is looked up
 * in the sorted vocabulary, so no query ever scans the whole index the way lunr's `*` and `~1` do.
 */
import lunr from 'lunr'
import { docFrequency, lowerBound, type InvertedIndex } from './invertedIndex'
import { termParts } from './tokenize'
import { allowedEdits, withinEdits } from './withinEdits'

/** One indexed term a query word matches, and how much a hit on it counts (exact = 1). */
export interface Expansion {
  term: number
  weight: number
}

export interface ExpandOptions {
  /** Complete the word as a prefix (the word being typed). */
  prefix: boolean
  /** Allow one-edit typos and stem variants (off for `+must`, `-exclude` and phrases). */
  fuzzy: boolean
  /** Also match the word parts of a symbol (`**kwargs` → `kwargs`); off for quoted text. */
  parts?: boolean
}

/** Index settings that change results; part of the cache key. */
export const EXPANSION_SETTINGS = {
  maxPrefixTerms: 40,
  maxTypoTerms: 10,
  minTypoLength: 5,
  maxScan: 4000,
  weights: { exact: 1, stem: 0.8, part: 0.5, typo: 0.6, typo2: 0.45, weakTypo: 0.3 }
} as const

/**
 * The sorted terms of one index and their document frequencies: what expansion looks up. Both
 * the lunr index (prompts, sections) and the compact postings (answers, notes) provide one.
 */
export interface Lexicon {
  /** Sorted ascending (code unit order), unique. */
  terms: string[]
  /** Term ids sorted by their reversed spelling: finds typos that keep the word's end. */
  bySuffix: Uint32Array
  /** Documents containing term id `t` in any field. */
  docFrequency(t: number): number
}

/** The lexicon of a compact postings index. */
export function lexiconOf(index: InvertedIndex): Lexicon {
  return {
    terms: index.terms,
    bySuffix: index.bySuffix,
    docFrequency: (t) => docFrequency(index, t)
  }
}

const CACHE_SIZE = 512
const W = EXPANSION_SETTINGS.weights

function stemOf(word: string): string {
  return lunr.stemmer(new lunr.Token(word, {})).toString()
}

/** Expansion lookups over one index, with small caches (the earlier words of a query repeat). */
export class Vocabulary {
  private readonly cache = new Map<string, Expansion[]>()
  private readonly stems = new Map<number, string>()

  constructor(readonly index: Lexicon) {}

  /** Id of `word` in the sorted terms, or -1. */
  termId(word: string): number {
    const { terms } = this.index
    const at = lowerBound(terms, word, (x) => x)
    return terms[at] === word ? at : -1
  }

  /** The terms `word` (already normalised by the tokenizer) matches, strongest first. */
  expand(word: string, options: ExpandOptions): Expansion[] {
    const parts = options.parts ?? true
    const key = `${options.prefix ? 'p' : '-'}${options.fuzzy ? 'f' : '-'}${parts ? 's' : '-'}${word}`
    const hit = this.cache.get(key)
    if (hit) return hit
    const found = new Map<number, number>()
    const add = (term: number, weight: number) => {
      if (term >= 0 && weight > (found.get(term) ?? 0)) found.set(term, weight)
    }
    const exact = this.termId(word)
    add(exact, W.exact)
    if (parts) for (const part of termParts(word)) add(this.termId(part), W.part)
    if (options.fuzzy) this.addStemFamily(word, add, W.stem)
    if (options.prefix) this.addCompletions(word, add)
    const wantsTypos = exact < 0 || this.index.docFrequency(exact) <= 2
    if (options.fuzzy && wantsTypos && [...word].length >= EXPANSION_SETTINGS.minTypoLength)
      for (const { term, edits } of this.typos(word)) {
        const weight = exact >= 0 ? W.weakTypo : edits > 1 ? W.typo2 : W.typo
        add(term, weight)
        // The word meant is often plural or inflected: `decoratr` should find "decorators" too.
        if (exact < 0) this.addStemFamily(this.index.terms[term]!, add, weight * W.stem)
      }
    const result = [...found].map(([term, weight]) => ({ term, weight }))
    result.sort((a, b) => b.weight - a.weight)
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!)
    this.cache.set(key, result)
    return result
  }

  /** The best typo correction of an unknown word (most documents first), or null. */
  correction(word: string): string | null {
    if (this.termId(word) >= 0 || [...word].length < EXPANSION_SETTINGS.minTypoLength) return null
    const best = this.typos(word)[0]
    return best ? this.index.terms[best.term]! : null
  }

  private addStemFamily(word: string, add: (term: number, weight: number) => void, weight: number) {
    if (!/^\p{L}{3,}$/u.test(word)) return
    const stem = stemOf(word)
    // Porter stems are not always prefixes of the word ("happy" → "happi"): scan one letter back.
    const head = stem.slice(0, Math.max(3, stem.length - 1))
    const { terms } = this.index
    const end = Math.min(
      terms.length,
      lowerBound(terms, head, (x) => x) + EXPANSION_SETTINGS.maxScan
    )
    for (let t = lowerBound(terms, head, (x) => x); t < end && terms[t]!.startsWith(head); t++) {
      let s = this.stems.get(t)
      if (s === undefined) this.stems.set(t, (s = stemOf(terms[t]!)))
      // Porter over-stems ("generator" and "generic" both → "gener"): keep close spellings only.
      if (
        s === stem &&
        sharedPrefix(word, terms[t]!) >= Math.max(word.length, terms[t]!.length) - 3
      )
        add(t, weight)
    }
  }

  private addCompletions(word: string, add: (term: number, weight: number) => void) {
    const { terms } = this.index
    const from = lowerBound(terms, word, (x) => x)
    const to = lowerBound(terms, word + '\uffff', (x) => x)
    // A 1-2 letter fragment says little: fewer completions, the ones most questions use.
    const max = Math.min(EXPANSION_SETTINGS.maxPrefixTerms, 12 * [...word].length)
    // Best `max` by document frequency, kept sorted descending (one pass, no full sort).
    const best: Array<[term: number, df: number]> = []
    for (let t = from; t < to; t++) {
      if (terms[t] === word) continue
      const df = this.index.docFrequency(t)
      if (best.length === max && df <= best[max - 1]![1]) continue
      let at = best.length
      while (at > 0 && best[at - 1]![1] < df) at--
      best.splice(at, 0, [t, df])
      if (best.length > max) best.pop()
    }
    for (const [t] of best) add(t, 0.3 + (0.6 * word.length) / terms[t]!.length)
  }

  /**
   * Terms within the allowed edits of `word`, fewest edits first, then by document frequency.
   * With k edits, one of k + 1 equal pieces of the word survives intact; the first and the last
   * piece are looked up in two sorted ranges: the vocabulary by prefix and by reversed spelling.
   */
  private typos(word: string): Array<{ term: number; edits: number }> {
    const { terms, bySuffix } = this.index
    const max = allowedEdits([...word].length)
    if (max === 0) return []
    const piece = Math.max(1, Math.floor((word.length - max) / (max + 1)))
    const found = new Map<number, number>()
    const consider = (t: number) => {
      const term = terms[t]!
      if (term === word || found.has(t) || Math.abs(term.length - word.length) > max) return
      if (withinEdits(word, term, 1)) found.set(t, 1)
      else if (max > 1 && withinEdits(word, term, max)) found.set(t, max)
    }
    const head = word.slice(0, piece)
    let t = lowerBound(terms, head, (x) => x)
    for (let n = 0; n < EXPANSION_SETTINGS.maxScan && terms[t]?.startsWith(head); n++) consider(t++)
    const tail = reverse(word.slice(word.length - piece))
    const reversedAt = (i: number) => reverse(terms[i]!)
    let s = lowerBound(bySuffix, tail, reversedAt)
    for (let n = 0; n < EXPANSION_SETTINGS.maxScan && s < bySuffix.length; n++, s++) {
      const id = bySuffix[s]!
      if (!terms[id]!.endsWith(reverse(tail))) break
      consider(id)
    }
    const ids = [...found].map(([term, edits]) => ({ term, edits }))
    ids.sort(
      (a, b) =>
        a.edits - b.edits || this.index.docFrequency(b.term) - this.index.docFrequency(a.term)
    )
    return ids.slice(0, EXPANSION_SETTINGS.maxTypoTerms)
  }
}

function sharedPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return i
}

function reverse(text: string): string {
  return text.split('').reverse().join('')
}
